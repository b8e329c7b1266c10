package org.prawat.bench.data;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.prawat.api.commendation.CommendationId;
import org.prawat.api.commendation.GrantBonus;
import org.prawat.api.commendation.GrantSalaryStepIncrease;
import org.prawat.api.employee.PersonnelType;
import org.prawat.api.evaluation.AcknowledgeEvaluation;
import org.prawat.api.evaluation.EvaluationBands;
import org.prawat.api.evaluation.EvaluationId;
import org.prawat.api.evaluation.EvaluationLevel;
import org.prawat.api.evaluation.EvaluationRound;
import org.prawat.api.evaluation.EvaluationWeights;
import org.prawat.api.evaluation.FiscalYear;
import org.prawat.api.evaluation.RecordEvaluation;
import org.prawat.api.evaluation.RecordReviewerAgreement;

/**
 * Two evaluations a year (round 1 of 1 Oct–31 Mar, round 2 of 1 Apr–30 Sep), each made just after
 * its round, mostly reviewed and acknowledged; and the salary-step increase or bonus it justifies.
 */
final class EvaluationPart {

    /** An evaluation as recorded, for corrections to name. */
    record Recorded(RecordEvaluation command, LocalDate on) {}

    private static final List<String> COMMENTS = List.of(
            "ปฏิบัติงานได้ตามเป้าหมายที่กำหนด",
            "มีความรับผิดชอบสูง ทำงานร่วมกับผู้อื่นได้ดี",
            "ควรพัฒนาทักษะการใช้เทคโนโลยีดิจิทัลในการให้บริการประชาชน",
            "ให้บริการประชาชนด้วยใจ ได้รับคำชมเชยจากผู้รับบริการ",
            "");

    private EvaluationPart() {}

    static List<Recorded> write(Draft draft) {
        Profile p = draft.profile;
        SplittableRandom random = draft.random;
        String evaluator = ThaiNames.signatory(random);
        String reviewer = ThaiNames.signatory(random);
        double ability = 78 + random.nextGaussian() * 5;
        List<Recorded> recorded = new ArrayList<>();
        EvaluationRound round = EvaluationRound.containing(p.recordsFrom());
        for (; !round.startsOn().isAfter(BenchCalendar.TODAY); round = next(round)) {
            LocalDate evaluatedOn = draft.daysAfter(round.endsOn(), 1, 20);
            if (!draft.open(evaluatedOn)
                    || p.appointedOn().isAfter(round.endsOn().minusMonths(2))) {
                continue;
            }
            BigDecimal achievement = score(random, ability);
            BigDecimal competency = score(random, ability + 3);
            var evaluation = new RecordEvaluation(
                    p.employeeId(),
                    new EvaluationId(Randoms.uuid(random)),
                    round.fiscalYear(),
                    round.number(),
                    achievement,
                    EvaluationWeights.DEFAULT.achievement(),
                    competency,
                    EvaluationWeights.DEFAULT.competency(),
                    evaluator,
                    evaluatedOn,
                    Randoms.pick(random, COMMENTS));
            draft.timeline.add(evaluatedOn, evaluation);
            recorded.add(new Recorded(evaluation, evaluatedOn));
            LocalDate reviewedOn = draft.daysAfter(evaluatedOn, 3, 15);
            if (Randoms.chance(random, 0.9) && draft.open(reviewedOn)) {
                boolean agreed = Randoms.chance(random, 0.97);
                draft.timeline.add(
                        reviewedOn,
                        new RecordReviewerAgreement(
                                p.employeeId(),
                                evaluation.evaluationId(),
                                reviewer,
                                agreed,
                                agreed ? "เห็นด้วยกับผลการประเมิน" : "ควรทบทวนคะแนนผลสัมฤทธิ์ของงาน",
                                reviewedOn));
            }
            LocalDate acknowledgedOn = draft.daysAfter(evaluatedOn, 1, 20);
            if (Randoms.chance(random, 0.95) && draft.open(acknowledgedOn)) {
                draft.timeline.add(
                        acknowledgedOn,
                        new AcknowledgeEvaluation(p.employeeId(), evaluation.evaluationId(), acknowledgedOn));
            }
            reward(draft, round, evaluation, evaluatedOn);
        }
        return recorded;
    }

    private static void reward(Draft draft, EvaluationRound round, RecordEvaluation evaluation, LocalDate evaluatedOn) {
        Profile p = draft.profile;
        SplittableRandom random = draft.random;
        BigDecimal total =
                EvaluationWeights.DEFAULT.totalOf(evaluation.achievementScore(), evaluation.competencyScore());
        EvaluationLevel level = EvaluationBands.V2560.levelOf(total);
        LocalDate ordered = draft.daysAfter(evaluatedOn, 20, 45);
        if (!p.position().line().onSalarySteps() || level.compareTo(EvaluationLevel.GOOD) > 0 || !draft.open(ordered)) {
            return;
        }
        boolean civilServant = p.personnelType() == PersonnelType.CIVIL_SERVANT;
        BigDecimal steps = civilServant
                ? null
                : switch (level) {
                    case OUTSTANDING -> Randoms.chance(random, 0.5) ? new BigDecimal("1.5") : BigDecimal.ONE;
                    case VERY_GOOD -> BigDecimal.ONE;
                    default -> new BigDecimal("0.5");
                };
        BigDecimal percentage =
                civilServant ? BigDecimal.valueOf(20 + (4 - level.ordinal()) * 10L + random.nextInt(10), 1) : null;
        draft.timeline.add(
                ordered,
                new GrantSalaryStepIncrease(
                        p.employeeId(),
                        new CommendationId(Randoms.uuid(random)),
                        steps,
                        percentage,
                        evaluation.evaluationId(),
                        draft.orderNumber(ordered),
                        ordered,
                        round.endsOn().plusDays(1)));
        if (level == EvaluationLevel.OUTSTANDING
                && round.number() == EvaluationRound.SECOND
                && Randoms.chance(random, 0.3)) {
            draft.timeline.add(
                    ordered,
                    new GrantBonus(
                            p.employeeId(),
                            new CommendationId(Randoms.uuid(random)),
                            BigDecimal.valueOf(5_000 + 1_000L * random.nextInt(26)),
                            round.fiscalYear(),
                            draft.orderNumber(ordered),
                            ordered));
        }
    }

    private static BigDecimal score(SplittableRandom random, double mean) {
        double score = Math.max(45, Math.min(100, mean + random.nextGaussian() * 4));
        return BigDecimal.valueOf(Math.round(score * 10), 1);
    }

    static EvaluationRound next(EvaluationRound round) {
        return round.number() == EvaluationRound.FIRST
                ? new EvaluationRound(round.fiscalYear(), EvaluationRound.SECOND)
                : new EvaluationRound(new FiscalYear(round.fiscalYear().value() + 1), EvaluationRound.FIRST);
    }
}

package org.prawat.bench.data;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.prawat.api.commendation.AwardCertificateOfHonour;
import org.prawat.api.correction.CorrectCommendation;
import org.prawat.api.correction.CorrectEvaluation;
import org.prawat.api.correction.CorrectTraining;
import org.prawat.api.correction.CorrectionDetails;
import org.prawat.api.correction.CorrectionRequestId;
import org.prawat.api.correction.RecordKind;
import org.prawat.api.correction.RejectCorrectionRequest;
import org.prawat.api.correction.RequestCorrection;
import org.prawat.api.correction.RetractRecord;
import org.prawat.api.evaluation.RecordEvaluation;
import org.prawat.api.training.Training;
import org.prawat.api.training.TrainingId;

/**
 * Corrections at a small, realistic rate: owners asking to correct a training's hours (mostly
 * approved, some rejected), HR striking out a duplicate, fixing a mistyped score or certificate
 * number. They name only records the case file holds, and are allowed after the file closed.
 */
final class CorrectionPart {

    private CorrectionPart() {}

    static void write(
            Draft draft,
            List<TrainingPart.Recorded> trainings,
            Set<TrainingId> linked,
            List<EvaluationPart.Recorded> evaluations,
            List<Object> commendations) {
        SplittableRandom random = draft.random;
        for (TrainingPart.Recorded recorded : trainings) {
            LocalDate noticed = draft.daysAfter(recorded.training().endDate(), 30, 400);
            if (noticed.isAfter(BenchCalendar.TODAY)) {
                continue;
            }
            String id = recorded.trainingId().value();
            double draw = random.nextDouble();
            boolean untouched = !recorded.reported() && !linked.contains(recorded.trainingId());
            if (draw < 0.006 && untouched) {
                draft.timeline.add(
                        noticed,
                        new RetractRecord(
                                draft.employeeId(),
                                id,
                                RecordKind.TRAINING,
                                details(random, SeedPhrases.CORRECTIONS.get(2)),
                                null));
            } else if (draw < 0.018) {
                var requestId = request(draft, noticed, id, RecordKind.TRAINING, SeedPhrases.CORRECTIONS.get(1));
                if (Randoms.chance(random, 0.7)) {
                    draft.timeline.add(
                            noticed,
                            new CorrectTraining(
                                    draft.employeeId(),
                                    recorded.trainingId(),
                                    fixedHours(recorded.training()),
                                    details(random, SeedPhrases.CORRECTIONS.get(1)),
                                    requestId));
                } else {
                    draft.timeline.add(
                            noticed,
                            new RejectCorrectionRequest(
                                    draft.employeeId(),
                                    requestId,
                                    "จำนวนชั่วโมงตรงกับหนังสือรับรองของหน่วยงานผู้จัดแล้ว",
                                    approver(random)));
                }
            } else if (draw < 0.023) {
                draft.timeline.add(
                        noticed,
                        new CorrectTraining(
                                draft.employeeId(),
                                recorded.trainingId(),
                                fixedHours(recorded.training()),
                                details(random, SeedPhrases.CORRECTIONS.get(0)),
                                null));
            }
        }
        for (EvaluationPart.Recorded recorded : evaluations) {
            LocalDate noticed = draft.daysAfter(recorded.on(), 10, 120);
            if (!noticed.isAfter(BenchCalendar.TODAY) && Randoms.chance(random, 0.008)) {
                RecordEvaluation e = recorded.command();
                var requestId = Randoms.chance(random, 0.5)
                        ? request(
                                draft,
                                noticed,
                                e.evaluationId().value(),
                                RecordKind.EVALUATION,
                                SeedPhrases.CORRECTIONS.get(3))
                        : null;
                BigDecimal achievement = e.achievementScore().compareTo(BigDecimal.valueOf(95)) > 0
                        ? e.achievementScore().subtract(new BigDecimal("2.5"))
                        : e.achievementScore().add(new BigDecimal("2.5"));
                draft.timeline.add(
                        noticed,
                        new CorrectEvaluation(
                                draft.employeeId(),
                                e.evaluationId(),
                                achievement,
                                e.achievementWeight(),
                                e.competencyScore(),
                                e.competencyWeight(),
                                e.evaluatorName(),
                                e.evaluatedOn(),
                                e.comments(),
                                details(random, SeedPhrases.CORRECTIONS.get(3)),
                                requestId));
            }
        }
        for (Object granted : commendations) {
            if (granted instanceof AwardCertificateOfHonour award && Randoms.chance(random, 0.02)) {
                LocalDate noticed = draft.daysAfter(award.awardedOn(), 15, 90);
                if (!noticed.isAfter(BenchCalendar.TODAY)) {
                    var corrected = new AwardCertificateOfHonour(
                            award.employeeId(),
                            award.commendationId(),
                            award.title(),
                            award.issuedBy(),
                            award.certificateNumber() + " (ฉบับแก้ไข)",
                            award.awardedOn());
                    draft.timeline.add(
                            noticed,
                            new CorrectCommendation(
                                    draft.employeeId(),
                                    award.commendationId(),
                                    corrected,
                                    details(random, "เลขที่เกียรติบัตรไม่ตรงกับต้นฉบับ"),
                                    null));
                }
            }
        }
    }

    private static CorrectionRequestId request(
            Draft draft, LocalDate on, String recordId, RecordKind kind, String what) {
        var requestId = new CorrectionRequestId(Randoms.uuid(draft.random));
        draft.timeline.add(
                on,
                new RequestCorrection(
                        draft.employeeId(),
                        requestId,
                        recordId,
                        kind,
                        what,
                        "สำเนาหนังสือรับรองเลขที่ " + (1 + draft.random.nextInt(900)) + "/"
                                + BenchCalendar.buddhistYear(on),
                        on));
        return requestId;
    }

    /** The same training with the hours the provider's letter gives. */
    private static Training fixedHours(Training t) {
        BigDecimal hours = t.hours().compareTo(BigDecimal.valueOf(6)) >= 0
                ? t.hours().subtract(BigDecimal.valueOf(3))
                : t.hours().add(BigDecimal.valueOf(3));
        return new Training(
                t.kind(),
                t.courseTitle(),
                t.provider(),
                t.trainers(),
                t.startDate(),
                t.endDate(),
                hours,
                t.area(),
                t.outcome(),
                t.certificateNumber(),
                t.cost(),
                t.funding());
    }

    private static CorrectionDetails details(SplittableRandom random, String reason) {
        return new CorrectionDetails(
                reason, "บันทึกข้อความกองการเจ้าหน้าที่ ที่ " + (1 + random.nextInt(900)), approver(random));
    }

    private static String approver(SplittableRandom random) {
        return ThaiNames.signatory(random) + " ผู้อำนวยการกองการเจ้าหน้าที่";
    }
}

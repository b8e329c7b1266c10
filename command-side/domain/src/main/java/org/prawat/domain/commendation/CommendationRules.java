package org.prawat.domain.commendation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Predicate;
import org.prawat.api.commendation.AwardCertificateOfHonour;
import org.prawat.api.commendation.AwardOutstandingEmployee;
import org.prawat.api.commendation.BonusGranted;
import org.prawat.api.commendation.BonusNotPositive;
import org.prawat.api.commendation.CertificateOfHonourAwarded;
import org.prawat.api.commendation.Commendation;
import org.prawat.api.commendation.CommendationGrant;
import org.prawat.api.commendation.CommendationLimits;
import org.prawat.api.commendation.ConferRoyalDecoration;
import org.prawat.api.commendation.GrantBonus;
import org.prawat.api.commendation.GrantSalaryStepIncrease;
import org.prawat.api.commendation.InvalidSalarySteps;
import org.prawat.api.commendation.IssueLetterOfPraise;
import org.prawat.api.commendation.LetterOfPraiseIssued;
import org.prawat.api.commendation.OutstandingEmployeeAwarded;
import org.prawat.api.commendation.RoyalDecorationConferred;
import org.prawat.api.commendation.SalaryPercentageOutOfRange;
import org.prawat.api.commendation.SalaryStepIncreaseGranted;
import org.prawat.api.commendation.StepsOrPercentageRequired;
import org.prawat.api.commendation.UnknownJustifyingEvaluation;
import org.prawat.api.evaluation.EvaluationId;
import org.prawat.domain.BusinessDates;

/**
 * What each kind of commendation must satisfy, and the event it is recorded as: one place for the
 * first grant and for a correction, so that a correction can never slip past a rule of its kind.
 */
final class CommendationRules {

    /** The event each kind of grant is recorded as; a correction must stay within its kind. */
    private static final Map<Class<? extends CommendationGrant>, Class<? extends Commendation>> RECORDED_AS = Map.of(
            AwardCertificateOfHonour.class, CertificateOfHonourAwarded.class,
            GrantSalaryStepIncrease.class, SalaryStepIncreaseGranted.class,
            GrantBonus.class, BonusGranted.class,
            AwardOutstandingEmployee.class, OutstandingEmployeeAwarded.class,
            IssueLetterOfPraise.class, LetterOfPraiseIssued.class,
            ConferRoyalDecoration.class, RoyalDecorationConferred.class);

    private final Predicate<EvaluationId> evaluationExists;

    CommendationRules(Predicate<EvaluationId> evaluationExists) {
        this.evaluationExists = evaluationExists;
    }

    static boolean sameKind(CommendationGrant grant, Commendation recorded) {
        return RECORDED_AS.get(grant.getClass()) == recorded.getClass();
    }

    /** The event {@code grant} is recorded as, once it passed every rule of its kind. */
    Commendation checked(CommendationGrant grant, LocalDate today) {
        if (grant instanceof AwardCertificateOfHonour award) {
            return certificate(award, today);
        } else if (grant instanceof GrantSalaryStepIncrease increase) {
            return salaryStepIncrease(increase, today);
        } else if (grant instanceof GrantBonus bonus) {
            return bonus(bonus, today);
        } else if (grant instanceof AwardOutstandingEmployee award) {
            return outstandingEmployee(award, today);
        } else if (grant instanceof IssueLetterOfPraise letter) {
            return letterOfPraise(letter, today);
        } else if (grant instanceof ConferRoyalDecoration decoration) {
            return royalDecoration(decoration, today);
        }
        throw new IllegalArgumentException("No rules for " + grant.getClass()); // the interface is sealed
    }

    private static CertificateOfHonourAwarded certificate(AwardCertificateOfHonour command, LocalDate today) {
        requirePast(command.awardedOn(), "วันที่ได้รับเกียรติบัตร", "The award date", today);
        return new CertificateOfHonourAwarded(
                command.employeeId(),
                command.commendationId(),
                command.title().strip(),
                command.issuedBy().strip(),
                stripped(command.certificateNumber()),
                command.awardedOn());
    }

    private SalaryStepIncreaseGranted salaryStepIncrease(GrantSalaryStepIncrease command, LocalDate today) {
        if ((command.steps() == null) == (command.percentage() == null)) {
            throw new StepsOrPercentageRequired(command.steps() != null);
        }
        BigDecimal steps = command.steps() == null ? null : salarySteps(command.steps());
        if (command.percentage() != null) {
            requirePercentage(command.percentage());
        }
        if (!evaluationExists.test(command.evaluationId())) {
            throw new UnknownJustifyingEvaluation(command.evaluationId());
        }
        requirePast(command.awardedOn(), "วันที่ของคำสั่ง", "The order date", today);
        // An order may be issued before the increase takes effect (1 April, 1 October).
        BusinessDates.requireCommonEra(command.effectiveOn(), "วันที่มีผล", "The effective date");
        return new SalaryStepIncreaseGranted(
                command.employeeId(),
                command.commendationId(),
                steps,
                command.percentage(),
                command.evaluationId(),
                command.orderNumber().strip(),
                command.awardedOn(),
                command.effectiveOn());
    }

    private static BonusGranted bonus(GrantBonus command, LocalDate today) {
        if (command.amount().signum() <= 0) {
            throw new BonusNotPositive(command.amount());
        }
        requirePast(command.awardedOn(), "วันที่ของคำสั่ง", "The order date", today);
        return new BonusGranted(
                command.employeeId(),
                command.commendationId(),
                command.amount(),
                command.fiscalYear(),
                command.orderNumber().strip(),
                command.awardedOn());
    }

    private static OutstandingEmployeeAwarded outstandingEmployee(AwardOutstandingEmployee command, LocalDate today) {
        requirePast(command.awardedOn(), "วันที่ได้รับรางวัล", "The award date", today);
        return new OutstandingEmployeeAwarded(
                command.employeeId(),
                command.commendationId(),
                command.awardTitle().strip(),
                command.awardedBy().strip(),
                command.year(),
                command.awardedOn());
    }

    private static LetterOfPraiseIssued letterOfPraise(IssueLetterOfPraise command, LocalDate today) {
        requirePast(command.awardedOn(), "วันที่ของหนังสือ", "The letter's date", today);
        return new LetterOfPraiseIssued(
                command.employeeId(),
                command.commendationId(),
                command.issuedBy().strip(),
                command.subject().strip(),
                stripped(command.referenceNumber()),
                command.awardedOn());
    }

    private static RoyalDecorationConferred royalDecoration(ConferRoyalDecoration command, LocalDate today) {
        requirePast(command.awardedOn(), "วันที่ได้รับพระราชทาน", "The date conferred", today);
        requirePast(command.gazetteDate(), "วันที่ประกาศในราชกิจจานุเบกษา", "The gazette date", today);
        return new RoyalDecorationConferred(
                command.employeeId(),
                command.commendationId(),
                command.decorationClass(),
                command.gazetteVolume(),
                command.gazettePart().strip(),
                command.gazettePage(),
                command.gazetteDate(),
                command.awardedOn());
    }

    /** The allowed step the command names, in its canonical form (1.0 is recorded as 1). */
    private static BigDecimal salarySteps(BigDecimal steps) {
        return CommendationLimits.SALARY_STEPS.stream()
                .filter(allowed -> allowed.compareTo(steps) == 0)
                .findFirst()
                .orElseThrow(() -> new InvalidSalarySteps(steps));
    }

    private static void requirePercentage(BigDecimal percentage) {
        if (percentage.signum() <= 0 || percentage.compareTo(CommendationLimits.SALARY_PERCENTAGE_MAX) > 0) {
            throw new SalaryPercentageOutOfRange(percentage);
        }
    }

    private static void requirePast(LocalDate date, String fieldThai, String fieldEnglish, LocalDate today) {
        BusinessDates.requirePlausible(date, fieldThai, fieldEnglish, today);
    }

    private static String stripped(String optional) {
        return optional == null ? "" : optional.strip();
    }
}

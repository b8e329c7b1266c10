package org.prawat.domain.commendation;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.prawat.api.commendation.AwardCertificateOfHonour;
import org.prawat.api.commendation.AwardOutstandingEmployee;
import org.prawat.api.commendation.BonusGranted;
import org.prawat.api.commendation.BonusNotPositive;
import org.prawat.api.commendation.CertificateOfHonourAwarded;
import org.prawat.api.commendation.Commendation;
import org.prawat.api.commendation.CommendationId;
import org.prawat.api.commendation.CommendationLimits;
import org.prawat.api.commendation.ConferRoyalDecoration;
import org.prawat.api.commendation.DuplicateCommendationId;
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
import org.prawat.domain.SnapshotState;

/**
 * The commendations of one case file; part of the Employee aggregate. A salary-step increase must
 * rest on an evaluation of the same case file, which this member asks {@code evaluationExists}
 * about rather than keeping a copy of the evaluations.
 */
@SnapshotState
public class Commendations {

    /** Not state of this member but a view onto the Evaluations member, so not compared or stored with it. */
    private final transient Predicate<EvaluationId> evaluationExists;

    private final Set<CommendationId> recorded = new HashSet<>();

    public Commendations(Predicate<EvaluationId> evaluationExists) {
        this.evaluationExists = Objects.requireNonNull(evaluationExists, "evaluationExists");
    }

    @CommandHandler
    void handle(AwardCertificateOfHonour command, Clock clock) {
        requireNew(command.commendationId());
        requirePast(command.awardedOn(), "วันที่ได้รับเกียรติบัตร", "The award date", clock);
        apply(new CertificateOfHonourAwarded(
                command.employeeId(),
                command.commendationId(),
                command.title().strip(),
                command.issuedBy().strip(),
                stripped(command.certificateNumber()),
                command.awardedOn()));
    }

    @CommandHandler
    void handle(GrantSalaryStepIncrease command, Clock clock) {
        requireNew(command.commendationId());
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
        requirePast(command.awardedOn(), "วันที่ของคำสั่ง", "The order date", clock);
        // An order may be issued before the increase takes effect (1 April, 1 October).
        BusinessDates.requireCommonEra(command.effectiveOn(), "วันที่มีผล", "The effective date");
        apply(new SalaryStepIncreaseGranted(
                command.employeeId(),
                command.commendationId(),
                steps,
                command.percentage(),
                command.evaluationId(),
                command.orderNumber().strip(),
                command.awardedOn(),
                command.effectiveOn()));
    }

    @CommandHandler
    void handle(GrantBonus command, Clock clock) {
        requireNew(command.commendationId());
        if (command.amount().signum() <= 0) {
            throw new BonusNotPositive(command.amount());
        }
        requirePast(command.awardedOn(), "วันที่ของคำสั่ง", "The order date", clock);
        apply(new BonusGranted(
                command.employeeId(),
                command.commendationId(),
                command.amount(),
                command.fiscalYear(),
                command.orderNumber().strip(),
                command.awardedOn()));
    }

    @CommandHandler
    void handle(AwardOutstandingEmployee command, Clock clock) {
        requireNew(command.commendationId());
        requirePast(command.awardedOn(), "วันที่ได้รับรางวัล", "The award date", clock);
        apply(new OutstandingEmployeeAwarded(
                command.employeeId(),
                command.commendationId(),
                command.awardTitle().strip(),
                command.awardedBy().strip(),
                command.year(),
                command.awardedOn()));
    }

    @CommandHandler
    void handle(IssueLetterOfPraise command, Clock clock) {
        requireNew(command.commendationId());
        requirePast(command.awardedOn(), "วันที่ของหนังสือ", "The letter's date", clock);
        apply(new LetterOfPraiseIssued(
                command.employeeId(),
                command.commendationId(),
                command.issuedBy().strip(),
                command.subject().strip(),
                stripped(command.referenceNumber()),
                command.awardedOn()));
    }

    @CommandHandler
    void handle(ConferRoyalDecoration command, Clock clock) {
        requireNew(command.commendationId());
        requirePast(command.awardedOn(), "วันที่ได้รับพระราชทาน", "The date conferred", clock);
        requirePast(command.gazetteDate(), "วันที่ประกาศในราชกิจจานุเบกษา", "The gazette date", clock);
        apply(new RoyalDecorationConferred(
                command.employeeId(),
                command.commendationId(),
                command.decorationClass(),
                command.gazetteVolume(),
                command.gazettePart().strip(),
                command.gazettePage(),
                command.gazetteDate(),
                command.awardedOn()));
    }

    @EventSourcingHandler
    void on(Commendation event) {
        recorded.add(event.commendationId());
    }

    private void requireNew(CommendationId commendationId) {
        if (recorded.contains(commendationId)) {
            throw new DuplicateCommendationId(commendationId);
        }
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

    private static void requirePast(LocalDate date, String fieldThai, String fieldEnglish, Clock clock) {
        BusinessDates.requirePlausible(date, fieldThai, fieldEnglish, LocalDate.now(clock));
    }

    private static String stripped(String optional) {
        return optional == null ? "" : optional.strip();
    }
}

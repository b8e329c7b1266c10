package org.prawat.domain.training;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.prawat.api.training.ImplausibleTrainingHours;
import org.prawat.api.training.RecordTraining;
import org.prawat.api.training.SubmitTrainingReport;
import org.prawat.api.training.Training;
import org.prawat.api.training.TrainingAlreadyRecorded;
import org.prawat.api.training.TrainingEndsBeforeStart;
import org.prawat.api.training.TrainingId;
import org.prawat.api.training.TrainingRecorded;
import org.prawat.api.training.TrainingReportAlreadySubmitted;
import org.prawat.api.training.TrainingReportSubmitted;
import org.prawat.api.training.UnknownTraining;
import org.prawat.domain.BusinessDates;

/** The trainings of one case file; part of the Employee aggregate. */
public class TrainingRecords {

    /** A training day longer than this is a typing error, not a course. */
    public static final int MAX_HOURS_PER_DAY = 12;

    /** Each recorded training, and whether its report was submitted. */
    private final Map<TrainingId, Boolean> reported = new HashMap<>();

    @CommandHandler
    void handle(RecordTraining command, Clock clock) {
        if (reported.containsKey(command.trainingId())) {
            throw new TrainingAlreadyRecorded(command.trainingId());
        }
        Training training = command.training();
        LocalDate today = LocalDate.now(clock);
        BusinessDates.requirePlausible(training.startDate(), "วันที่เริ่มอบรม", "The training start date", today);
        BusinessDates.requirePlausible(training.endDate(), "วันที่สิ้นสุดการอบรม", "The training end date", today);
        if (training.endDate().isBefore(training.startDate())) {
            throw new TrainingEndsBeforeStart(training.startDate(), training.endDate());
        }
        long days = ChronoUnit.DAYS.between(training.startDate(), training.endDate()) + 1;
        BigDecimal hours = training.hours();
        if (hours.signum() <= 0 || hours.compareTo(BigDecimal.valueOf(days * MAX_HOURS_PER_DAY)) > 0) {
            throw new ImplausibleTrainingHours(hours, days);
        }
        apply(new TrainingRecorded(command.employeeId(), command.trainingId(), training));
    }

    @CommandHandler
    void handle(SubmitTrainingReport command, Clock clock) {
        Boolean alreadyReported = reported.get(command.trainingId());
        if (alreadyReported == null) {
            throw new UnknownTraining(command.trainingId());
        }
        if (alreadyReported) {
            throw new TrainingReportAlreadySubmitted(command.trainingId());
        }
        BusinessDates.requirePlausible(
                command.submittedOn(), "วันที่ส่งรายงาน", "The report date", LocalDate.now(clock));
        apply(new TrainingReportSubmitted(
                command.employeeId(),
                command.trainingId(),
                command.whatWasLearned().strip(),
                command.howItWillBeApplied().strip(),
                command.submittedOn()));
    }

    @EventSourcingHandler
    void on(TrainingRecorded event) {
        reported.put(event.trainingId(), false);
    }

    @EventSourcingHandler
    void on(TrainingReportSubmitted event) {
        reported.put(event.trainingId(), true);
    }
}

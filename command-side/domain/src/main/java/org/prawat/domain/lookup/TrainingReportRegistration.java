package org.prawat.domain.lookup;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.prawat.api.correction.RecordKind;
import org.prawat.api.correction.RecordRetracted;
import org.prawat.api.knowledge.TrainingReportRef;
import org.prawat.api.training.TrainingId;
import org.prawat.api.training.TrainingReportSubmitted;
import org.springframework.stereotype.Component;

/**
 * Mirrors post-training reports into the {@link TrainingReportDirectory} inside the transaction of
 * the command that submitted the report or retracted its training (subscribing, see
 * {@link TrainingReportRegistrationProcessing}): a knowledge item can only be published from a
 * report that is committed, and a failed write refuses that command rather than leaving a gap.
 * Both writes are idempotent, so handling an event twice changes nothing.
 */
@Component
@ProcessingGroup(TrainingReportRegistration.PROCESSING_GROUP)
public class TrainingReportRegistration {

    public static final String PROCESSING_GROUP = "training-report-registry";

    private final TrainingReportDirectory reports;

    public TrainingReportRegistration(TrainingReportDirectory reports) {
        this.reports = reports;
    }

    @EventHandler
    void on(TrainingReportSubmitted event) {
        reports.registerSubmitted(new TrainingReportRef(event.employeeId(), event.trainingId()), event.submittedOn());
    }

    @EventHandler
    void on(RecordRetracted event) {
        if (event.kind() == RecordKind.TRAINING) {
            reports.markRetracted(new TrainingReportRef(event.employeeId(), new TrainingId(event.recordId())));
        }
    }
}

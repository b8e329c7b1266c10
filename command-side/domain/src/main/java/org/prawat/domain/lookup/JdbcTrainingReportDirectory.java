package org.prawat.domain.lookup;

import java.time.LocalDate;
import org.prawat.api.knowledge.TrainingReportRef;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads and writes the training report registry. Writes happen in the transaction of the command
 * whose event they mirror ({@link TrainingReportRegistration} is subscribing), so a row stands
 * exactly when its {@code TrainingReportSubmitted} event does and no {@code RecordRetracted} followed.
 */
@Component
public class JdbcTrainingReportDirectory implements TrainingReportDirectory {

    private final JdbcTemplate jdbc;

    public JdbcTrainingReportDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean isStanding(TrainingReportRef report) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM training_report_registry"
                        + " WHERE employee_id = ? AND training_id = ? AND retracted_at IS NULL)",
                Boolean.class,
                report.employeeId().value(),
                report.trainingId().value()));
    }

    @Override
    public void registerSubmitted(TrainingReportRef report, LocalDate submittedOn) {
        // DO NOTHING rather than catching a key violation, which would abort the whole transaction.
        jdbc.update(
                "INSERT INTO training_report_registry (employee_id, training_id, submitted_on) VALUES (?, ?, ?)"
                        + " ON CONFLICT (employee_id, training_id) DO NOTHING",
                report.employeeId().value(),
                report.trainingId().value(),
                submittedOn);
    }

    @Override
    public void markRetracted(TrainingReportRef report) {
        jdbc.update(
                "UPDATE training_report_registry SET retracted_at = now()"
                        + " WHERE employee_id = ? AND training_id = ? AND retracted_at IS NULL",
                report.employeeId().value(),
                report.trainingId().value());
    }
}

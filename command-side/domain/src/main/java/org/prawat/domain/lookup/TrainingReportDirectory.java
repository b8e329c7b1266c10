package org.prawat.domain.lookup;

import java.time.LocalDate;
import org.prawat.api.knowledge.TrainingReportRef;

/**
 * Which post-training reports stand (submitted, training not retracted), for commands of other
 * aggregates that name one; kept up to date by {@link TrainingReportRegistration}.
 */
public interface TrainingReportDirectory {

    boolean isStanding(TrainingReportRef report);

    /** Records a submitted report; recording the same report again changes nothing. */
    void registerSubmitted(TrainingReportRef report, LocalDate submittedOn);

    /** Records that the report's training was retracted: the report no longer stands. */
    void markRetracted(TrainingReportRef report);
}

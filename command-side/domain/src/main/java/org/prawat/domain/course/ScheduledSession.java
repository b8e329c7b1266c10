package org.prawat.domain.course;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.prawat.api.employee.EmployeeId;

/**
 * What the Course aggregate remembers of one session: its facts and who has been recorded. A record
 * for its value equality, which the aggregate test fixture uses to compare state after sourcing.
 */
record ScheduledSession(
        LocalDate startDate,
        LocalDate endDate,
        BigDecimal hours,
        List<String> trainers,
        Set<EmployeeId> recordedAttendees) {

    ScheduledSession(LocalDate startDate, LocalDate endDate, BigDecimal hours, List<String> trainers) {
        this(startDate, endDate, hours, List.copyOf(trainers), new HashSet<>());
    }
}

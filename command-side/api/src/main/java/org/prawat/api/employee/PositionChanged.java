package org.prawat.api.employee;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** The employee holds {@code position} at {@code level} from {@code effectiveOn}, by order {@code orderNumber}. */
@Revision("1")
public record PositionChanged(
        EmployeeId employeeId,
        String previousPosition,
        String position,
        String level,
        String orderNumber,
        LocalDate effectiveOn) {}

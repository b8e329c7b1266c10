package org.prawat.api.employee;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** The employee left service for {@code reason} from {@code effectiveOn}; only corrections follow. */
@Revision("1")
public record EmployeeSeparated(
        EmployeeId employeeId, SeparationReason reason, String orderNumber, LocalDate effectiveOn) {}

package org.prawat.api.employee;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.prawat.api.organisation.OrganisationUnitId;
import org.prawat.api.text.PlainText;

/**
 * Opens an employee's case file: title and name in Thai, national ID (checked and unique), the type
 * of personnel, the unit they work in, their position and its level (ระดับ, e.g. ชำนาญการ; may be
 * empty), appointed on {@code appointedOn}.
 */
public record RegisterEmployee(
        @TargetAggregateIdentifier @NotNull EmployeeId employeeId,
        @NotBlank(message = "กรุณาระบุเลขประจำตัวประชาชน / The national ID is required") @PlainText @Size(max = 30)
                String nationalId,
        @NotBlank(message = "กรุณาระบุคำนำหน้าชื่อ / The title is required")
                @Size(max = EmployeeLimits.TITLE_MAX)
                @PlainText
                String title,
        @NotBlank(message = "กรุณาระบุชื่อ / The first name is required")
                @Size(max = EmployeeLimits.NAME_MAX)
                @PlainText
                String firstName,
        @NotBlank(message = "กรุณาระบุนามสกุล / The last name is required")
                @Size(max = EmployeeLimits.NAME_MAX)
                @PlainText
                String lastName,
        @NotNull(message = "กรุณาเลือกประเภทบุคลากร / The type of personnel is required") PersonnelType personnelType,
        @NotNull(message = "กรุณาเลือกหน่วยงาน / The organisation unit is required") OrganisationUnitId unitId,
        @NotBlank(message = "กรุณาระบุตำแหน่ง / The position is required")
                @Size(max = EmployeeLimits.POSITION_MAX)
                @PlainText
                String position,
        @Size(max = EmployeeLimits.LEVEL_MAX) @PlainText String level,
        @NotNull(message = "กรุณาระบุวันที่บรรจุ / The appointment date is required") LocalDate appointedOn) {}

package org.prawat.api.commendation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.text.PlainText;

/**
 * Puts an outstanding-employee award (พนักงานดีเด่น) into the case file: its title, the body that
 * awarded it, the Buddhist-Era year it is for (ประจำปี) and the date it was awarded.
 */
public record AwardOutstandingEmployee(
        @TargetAggregateIdentifier @NotNull EmployeeId employeeId,
        @NotNull CommendationId commendationId,
        @NotBlank(message = "กรุณาระบุชื่อรางวัล / The award's title is required")
                @Size(max = CommendationLimits.TITLE_MAX)
                @PlainText
                String awardTitle,
        @NotBlank(message = "กรุณาระบุหน่วยงานที่มอบรางวัล / The awarding body is required")
                @Size(max = CommendationLimits.NAME_MAX)
                @PlainText
                String awardedBy,
        @Min(
                        value = CommendationLimits.EARLIEST_YEAR,
                        message =
                                "ปีของรางวัลต้องเป็นปี พ.ศ. เช่น 2568 / The award's year must be a Buddhist-Era year, e.g. 2568")
                @Max(
                        value = CommendationLimits.LATEST_YEAR,
                        message =
                                "ปีของรางวัลต้องเป็นปี พ.ศ. เช่น 2568 / The award's year must be a Buddhist-Era year, e.g. 2568")
                int year,
        @NotNull(message = "กรุณาระบุวันที่ได้รับ / The award date is required") LocalDate awardedOn)
        implements CommendationGrant {}

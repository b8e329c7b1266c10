package org.prawat.api.commendation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.text.PlainText;

/**
 * Records a royal decoration (เครื่องราชอิสริยาภรณ์) of class {@code decorationClass} conferred on
 * {@code awardedOn}, as announced in the Royal Gazette (ราชกิจจานุเบกษา) of {@code gazetteDate}:
 * volume (เล่ม), part (ตอน, e.g. "5 ข") and page (หน้า).
 */
public record ConferRoyalDecoration(
        @TargetAggregateIdentifier @NotNull EmployeeId employeeId,
        @NotNull CommendationId commendationId,
        @NotNull(message = "กรุณาเลือกชั้นเครื่องราชอิสริยาภรณ์ / The class of decoration is required")
                RoyalDecorationClass decorationClass,
        @Positive(message = "เล่มต้องมากกว่า 0 / The gazette volume must be more than 0") int gazetteVolume,
        @NotBlank(message = "กรุณาระบุตอน / The gazette part is required")
                @Size(max = CommendationLimits.NUMBER_MAX)
                @PlainText
                String gazettePart,
        @Positive(message = "หน้าต้องมากกว่า 0 / The gazette page must be more than 0") int gazettePage,
        @NotNull(message = "กรุณาระบุวันที่ประกาศในราชกิจจานุเบกษา / The gazette date is required")
                LocalDate gazetteDate,
        @NotNull(message = "กรุณาระบุวันที่ได้รับพระราชทาน / The date conferred is required") LocalDate awardedOn)
        implements CommendationGrant {}

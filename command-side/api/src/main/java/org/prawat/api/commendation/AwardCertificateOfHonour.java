package org.prawat.api.commendation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.text.PlainText;

/**
 * Puts a certificate of honour (เกียรติบัตร) into the case file: its title, the body that issued it,
 * its number where it has one, and the date it was awarded.
 */
public record AwardCertificateOfHonour(
        @TargetAggregateIdentifier @NotNull EmployeeId employeeId,
        @NotNull CommendationId commendationId,
        @NotBlank(message = "กรุณาระบุชื่อเกียรติบัตร / The certificate's title is required")
                @Size(max = CommendationLimits.TITLE_MAX)
                @PlainText
                String title,
        @NotBlank(message = "กรุณาระบุหน่วยงานที่มอบ / The issuing body is required")
                @Size(max = CommendationLimits.NAME_MAX)
                @PlainText
                String issuedBy,
        @Size(max = CommendationLimits.NUMBER_MAX) @PlainText String certificateNumber,
        @NotNull(message = "กรุณาระบุวันที่ได้รับ / The award date is required") LocalDate awardedOn)
        implements CommendationGrant {}

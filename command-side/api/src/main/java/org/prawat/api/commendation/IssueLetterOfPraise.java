package org.prawat.api.commendation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.text.PlainText;

/**
 * Puts a letter of praise (หนังสือชมเชย) into the case file: who issued it, what it praises, its
 * reference number (เลขที่หนังสือ) where it has one, and its date.
 */
public record IssueLetterOfPraise(
        @TargetAggregateIdentifier @NotNull EmployeeId employeeId,
        @NotNull CommendationId commendationId,
        @NotBlank(message = "กรุณาระบุผู้ออกหนังสือ / Who issued the letter is required")
                @Size(max = CommendationLimits.NAME_MAX)
                @PlainText
                String issuedBy,
        @NotBlank(message = "กรุณาระบุเรื่องที่ชมเชย / The subject is required")
                @Size(max = CommendationLimits.SUBJECT_MAX)
                @PlainText
                String subject,
        @Size(max = CommendationLimits.NUMBER_MAX) @PlainText String referenceNumber,
        @NotNull(message = "กรุณาระบุวันที่ของหนังสือ / The letter's date is required") LocalDate awardedOn)
        implements CommendationGrant {}

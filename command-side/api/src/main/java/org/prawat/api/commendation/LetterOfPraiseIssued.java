package org.prawat.api.commendation;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.prawat.api.employee.EmployeeId;

/**
 * {@code issuedBy} praised the employee for {@code subject} in a letter dated {@code awardedOn};
 * {@code referenceNumber} is empty when the letter has none.
 */
@Revision("1")
// Stored on its own without a kind since r1; only a field typed Commendation carries the kind.
@JsonTypeInfo(use = JsonTypeInfo.Id.NONE)
public record LetterOfPraiseIssued(
        EmployeeId employeeId,
        CommendationId commendationId,
        String issuedBy,
        String subject,
        String referenceNumber,
        LocalDate awardedOn)
        implements Commendation {}

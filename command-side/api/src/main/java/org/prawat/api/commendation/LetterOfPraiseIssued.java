package org.prawat.api.commendation;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.prawat.api.employee.EmployeeId;

/**
 * {@code issuedBy} praised the employee for {@code subject} in a letter dated {@code awardedOn};
 * {@code referenceNumber} is empty when the letter has none.
 */
@Revision("1")
public record LetterOfPraiseIssued(
        EmployeeId employeeId,
        CommendationId commendationId,
        String issuedBy,
        String subject,
        String referenceNumber,
        LocalDate awardedOn)
        implements Commendation {}

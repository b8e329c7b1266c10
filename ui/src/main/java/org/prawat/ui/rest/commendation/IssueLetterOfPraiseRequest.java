package org.prawat.ui.rest.commendation;

import java.time.LocalDate;
import org.prawat.api.commendation.CommendationId;
import org.prawat.api.commendation.IssueLetterOfPraise;
import org.prawat.api.employee.EmployeeId;

/** Body of {@code POST /api/employees/{employeeId}/letters-of-praise}. */
record IssueLetterOfPraiseRequest(
        CommendationId commendationId, String issuedBy, String subject, String referenceNumber, LocalDate awardedOn) {

    IssueLetterOfPraise toCommand(EmployeeId employeeId, CommendationId id) {
        return new IssueLetterOfPraise(employeeId, id, issuedBy, subject, referenceNumber, awardedOn);
    }
}

package org.prawat.ui.rest.commendation;

import java.time.LocalDate;
import org.prawat.api.commendation.AwardCertificateOfHonour;
import org.prawat.api.commendation.CommendationId;
import org.prawat.api.employee.EmployeeId;

/** Body of {@code POST /api/employees/{employeeId}/certificates-of-honour}. */
record AwardCertificateOfHonourRequest(
        CommendationId commendationId, String title, String issuedBy, String certificateNumber, LocalDate awardedOn) {

    AwardCertificateOfHonour toCommand(EmployeeId employeeId, CommendationId id) {
        return new AwardCertificateOfHonour(employeeId, id, title, issuedBy, certificateNumber, awardedOn);
    }
}

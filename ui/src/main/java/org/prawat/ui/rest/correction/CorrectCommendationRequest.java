package org.prawat.ui.rest.correction;

import org.prawat.api.commendation.CommendationGrant;
import org.prawat.api.commendation.CommendationId;
import org.prawat.api.correction.CorrectCommendation;
import org.prawat.api.correction.CorrectionDetails;
import org.prawat.api.correction.CorrectionRequestId;
import org.prawat.api.employee.EmployeeId;

/**
 * Body of {@code POST .../commendations/{commendationId}/corrections}: {@code corrected} is the whole
 * grant as when it was granted, naming its command in {@code "kind"} (e.g. {@code "GrantBonus"}) and
 * the same employee and commendation ids as the path.
 */
record CorrectCommendationRequest(
        CommendationGrant corrected, CorrectionDetails details, CorrectionRequestId requestId) {

    CorrectCommendation toCommand(EmployeeId employeeId, CommendationId commendationId) {
        return new CorrectCommendation(employeeId, commendationId, corrected, details, requestId);
    }
}

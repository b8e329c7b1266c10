package org.prawat.ui.rest.commendation;

import java.time.LocalDate;
import org.prawat.api.commendation.CommendationId;
import org.prawat.api.commendation.ConferRoyalDecoration;
import org.prawat.api.commendation.RoyalDecorationClass;
import org.prawat.api.employee.EmployeeId;

/** Body of {@code POST /api/employees/{employeeId}/royal-decorations}: the class and its Royal Gazette entry. */
record ConferRoyalDecorationRequest(
        CommendationId commendationId,
        RoyalDecorationClass decorationClass,
        int gazetteVolume,
        String gazettePart,
        int gazettePage,
        LocalDate gazetteDate,
        LocalDate awardedOn) {

    ConferRoyalDecoration toCommand(EmployeeId employeeId, CommendationId id) {
        return new ConferRoyalDecoration(
                employeeId, id, decorationClass, gazetteVolume, gazettePart, gazettePage, gazetteDate, awardedOn);
    }
}

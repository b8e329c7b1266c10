package org.prawat.api.commendation;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.prawat.api.employee.EmployeeId;

/**
 * The employee was conferred the royal decoration {@code decorationClass} on {@code awardedOn}, as
 * announced in the Royal Gazette volume {@code gazetteVolume}, part {@code gazettePart}, page
 * {@code gazettePage} of {@code gazetteDate}.
 */
@Revision("1")
public record RoyalDecorationConferred(
        EmployeeId employeeId,
        CommendationId commendationId,
        RoyalDecorationClass decorationClass,
        int gazetteVolume,
        String gazettePart,
        int gazettePage,
        LocalDate gazetteDate,
        LocalDate awardedOn)
        implements Commendation {}

package org.prawat.api.commendation;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import org.prawat.api.employee.EmployeeId;

/**
 * The employee was conferred the royal decoration {@code decorationClass} on {@code awardedOn}, as
 * announced in the Royal Gazette volume {@code gazetteVolume}, part {@code gazettePart}, page
 * {@code gazettePage} of {@code gazetteDate}.
 */
@Revision("1")
// Stored on its own without a kind since r1; only a field typed Commendation carries the kind.
@JsonTypeInfo(use = JsonTypeInfo.Id.NONE)
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

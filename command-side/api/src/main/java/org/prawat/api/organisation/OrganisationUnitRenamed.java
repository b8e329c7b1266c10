package org.prawat.api.organisation;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * A unit was renamed from {@code previousName} to {@code newName} with effect from
 * {@code effectiveOn} (the business date; the record time is the event's timestamp).
 */
@Revision("1")
public record OrganisationUnitRenamed(
        OrganisationUnitId unitId, String previousName, String newName, LocalDate effectiveOn) {}

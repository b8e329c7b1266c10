package org.prawat.api.organisation;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * A unit was added to the organisation tree under {@code parentId} (null for a ministry), in effect
 * from {@code effectiveOn}. Revision 2 added {@code effectiveOn}; events stored as revision 1 are
 * upcast with it empty (not known: the record time is the best estimate).
 */
@Revision("2")
public record OrganisationUnitCreated(
        OrganisationUnitId unitId, String name, UnitKind kind, OrganisationUnitId parentId, LocalDate effectiveOn) {}

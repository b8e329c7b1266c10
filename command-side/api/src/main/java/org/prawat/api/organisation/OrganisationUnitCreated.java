package org.prawat.api.organisation;

import org.axonframework.serialization.Revision;

/** A unit was added to the organisation tree under {@code parentId} (null for a ministry). */
@Revision("1")
public record OrganisationUnitCreated(
        OrganisationUnitId unitId, String name, UnitKind kind, OrganisationUnitId parentId) {}

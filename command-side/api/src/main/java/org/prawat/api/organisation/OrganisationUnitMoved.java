package org.prawat.api.organisation;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * A unit, with its whole subtree, moved from under {@code previousParentId} to under
 * {@code newParentId} with effect from {@code effectiveOn}; a ministry never moves.
 */
@Revision("1")
public record OrganisationUnitMoved(
        OrganisationUnitId unitId,
        OrganisationUnitId previousParentId,
        OrganisationUnitId newParentId,
        LocalDate effectiveOn) {}

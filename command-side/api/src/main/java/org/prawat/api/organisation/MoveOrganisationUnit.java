package org.prawat.api.organisation;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Puts a unit, with its whole subtree, under {@code newParentId} from {@code effectiveOn}. */
public record MoveOrganisationUnit(
        @TargetAggregateIdentifier @NotNull OrganisationUnitId unitId,
        @NotNull(message = "กรุณาเลือกหน่วยงานต้นสังกัดใหม่ / The new parent unit is required")
                OrganisationUnitId newParentId,
        @NotNull(message = "กรุณาระบุวันที่มีผล / The effective date is required") LocalDate effectiveOn) {}

package org.prawat.api.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.prawat.api.text.PlainText;

/**
 * Creates a unit in the organisation tree; {@code parentId} is null only for a ministry.
 * {@code effectiveOn} is when the unit came into being; empty means today.
 */
public record CreateOrganisationUnit(
        @TargetAggregateIdentifier @NotNull OrganisationUnitId unitId,
        @NotBlank(message = "กรุณาระบุชื่อหน่วยงาน / The unit name is required")
                @Size(max = OrganisationUnitLimits.NAME_MAX)
                @PlainText
                String name,
        @NotNull(message = "กรุณาระบุประเภทหน่วยงาน / The unit kind is required") UnitKind kind,
        OrganisationUnitId parentId,
        LocalDate effectiveOn) {

    /** A unit that comes into being today. */
    public CreateOrganisationUnit(OrganisationUnitId unitId, String name, UnitKind kind, OrganisationUnitId parentId) {
        this(unitId, name, kind, parentId, null);
    }
}

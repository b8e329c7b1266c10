package org.prawat.api.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.prawat.api.text.PlainText;

/** Gives a unit a new name from {@code effectiveOn}; its history and its place in the tree stay. */
public record RenameOrganisationUnit(
        @TargetAggregateIdentifier @NotNull OrganisationUnitId unitId,
        @NotBlank(message = "กรุณาระบุชื่อใหม่ของหน่วยงาน / The new unit name is required")
                @Size(max = OrganisationUnitLimits.NAME_MAX)
                @PlainText
                String newName,
        @NotNull(message = "กรุณาระบุวันที่มีผล / The effective date is required") LocalDate effectiveOn) {}

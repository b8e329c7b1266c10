package org.prawat.api.organisation;

import java.util.Objects;
import org.prawat.api.history.Scope;

/**
 * Every organisation unit the caller's {@code scope} covers, parents before children, for a unit
 * tree; answers {@link OrganisationUnitTree}.
 */
public record FindOrganisationUnits(Scope scope) {
    public FindOrganisationUnits {
        Objects.requireNonNull(scope, "scope");
    }
}

package org.prawat.api.history;

import java.util.Collection;
import java.util.Set;
import org.prawat.api.organisation.OrganisationUnitId;

/**
 * The organisation units a caller may see, each with its whole subtree; {@link #everything()} for
 * HR at the top and auditors. A case file is visible when the employee's unit is in one of these
 * subtrees; anything outside answers as if it did not exist.
 */
public record Scope(boolean coversEverything, Set<OrganisationUnitId> units) {

    public Scope {
        units = Set.copyOf(units);
        if (coversEverything && !units.isEmpty()) {
            throw new IllegalArgumentException("A scope of everything names no units");
        }
    }

    public static Scope everything() {
        return new Scope(true, Set.of());
    }

    /** The subtrees of {@code units}; none at all sees nothing. */
    public static Scope of(Collection<OrganisationUnitId> units) {
        return new Scope(false, Set.copyOf(units));
    }

    /** Whether a case file placed at {@code unitPath} (the ids of its unit and every ancestor) is visible. */
    public boolean covers(Collection<String> unitPath) {
        return coversEverything || unitPath.stream().anyMatch(id -> units.contains(new OrganisationUnitId(id)));
    }
}

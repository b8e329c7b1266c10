package org.prawat.query.knowledge;

import java.util.ArrayList;
import java.util.List;

/** A unit's path in {@value KnowledgeStore#UNITS}: the ids from the ministry down to the unit itself. */
record KnowledgeUnit(String unitId, List<String> unitPath, long lastGlobalIndex) {

    /** {@code path} with the part from {@code unitId} up replaced by {@code newUnitPath} (the unit moved). */
    static List<String> rebase(List<String> path, String unitId, List<String> newUnitPath) {
        int at = path.indexOf(unitId);
        if (at < 0) {
            return path;
        }
        var rebased = new ArrayList<>(newUnitPath);
        rebased.addAll(path.subList(at + 1, path.size()));
        return List.copyOf(rebased);
    }
}

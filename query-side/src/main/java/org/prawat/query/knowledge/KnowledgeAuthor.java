package org.prawat.query.knowledge;

import java.util.ArrayList;
import java.util.List;
import org.prawat.api.pdpa.Erasure;

/**
 * An employee as their knowledge documents repeat them (name, unit), with the ids of those
 * documents, so that a transfer reaches each of them by id.
 */
record KnowledgeAuthor(
        String employeeId,
        String name,
        String unitId,
        List<String> unitPath,
        List<String> documentIds,
        long lastGlobalIndex) {

    /** Someone whose registration was never seen: their documents still carry their id. */
    static KnowledgeAuthor unknown(String employeeId) {
        return new KnowledgeAuthor(employeeId, null, null, List.of(), List.of(), -1);
    }

    KnowledgeAuthor withDocument(String documentId, long position) {
        var ids = new ArrayList<>(documentIds);
        if (!ids.contains(documentId)) {
            ids.add(documentId);
        }
        return new KnowledgeAuthor(
                employeeId, name, unitId, unitPath, List.copyOf(ids), Math.max(lastGlobalIndex, position));
    }

    KnowledgeAuthor erased(long position) {
        return new KnowledgeAuthor(employeeId, Erasure.ERASED, unitId, unitPath, documentIds, position);
    }

    KnowledgeAuthor inUnit(String newUnitId, List<String> newUnitPath, long position) {
        return new KnowledgeAuthor(employeeId, name, newUnitId, newUnitPath, documentIds, position);
    }
}

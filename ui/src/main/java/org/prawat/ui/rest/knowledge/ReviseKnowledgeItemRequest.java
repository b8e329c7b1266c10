package org.prawat.ui.rest.knowledge;

import java.time.LocalDate;
import java.util.List;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.knowledge.KnowledgeItemId;
import org.prawat.api.knowledge.ReviseKnowledgeItem;

/** Body of {@code POST /api/knowledge/{knowledgeItemId}/revisions}: the whole revised item. */
record ReviseKnowledgeItemRequest(
        String title, String body, List<String> topics, EmployeeId revisedBy, LocalDate revisedOn, String note) {

    ReviseKnowledgeItem toCommand(KnowledgeItemId id) {
        return new ReviseKnowledgeItem(
                id, title, body, topics == null ? List.of() : topics, revisedBy, revisedOn, note);
    }
}

package org.prawat.ui.rest.knowledge;

import java.time.LocalDate;
import java.util.List;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.knowledge.KnowledgeItemId;
import org.prawat.api.knowledge.PublishKnowledgeItem;
import org.prawat.api.knowledge.TrainingReportRef;

/** Body of {@code POST /api/knowledge}; {@code source} names the post-training report it comes from, if any. */
record PublishKnowledgeItemRequest(
        KnowledgeItemId knowledgeItemId,
        String title,
        String body,
        List<String> topics,
        EmployeeId author,
        TrainingReportRef source,
        LocalDate publishedOn) {

    PublishKnowledgeItem toCommand(KnowledgeItemId id) {
        return new PublishKnowledgeItem(
                id, title, body, topics == null ? List.of() : topics, author, source, publishedOn);
    }
}

package org.prawat.api.knowledge;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.prawat.api.employee.EmployeeId;

/**
 * {@code author} published knowledge item {@code knowledgeItemId} (its revision 1) on
 * {@code publishedOn}; {@code source} is the author's post-training report it comes from, or null.
 */
@Revision("1")
public record KnowledgeItemPublished(
        KnowledgeItemId knowledgeItemId,
        String title,
        String body,
        List<String> topics,
        EmployeeId author,
        TrainingReportRef source,
        LocalDate publishedOn) {}

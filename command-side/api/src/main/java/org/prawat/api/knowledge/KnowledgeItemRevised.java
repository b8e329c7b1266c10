package org.prawat.api.knowledge;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.prawat.api.employee.EmployeeId;

/**
 * {@code revisedBy} replaced the content of the item on {@code revisedOn}; this is its revision
 * {@code revision} (2 for the first change). Earlier revisions stay in the history.
 */
@Revision("1")
public record KnowledgeItemRevised(
        KnowledgeItemId knowledgeItemId,
        int revision,
        String title,
        String body,
        List<String> topics,
        EmployeeId revisedBy,
        LocalDate revisedOn,
        String note) {}

package org.prawat.api.knowledge;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** The item was withdrawn from current use on {@code archivedOn} for {@code reason}; it can no longer be revised. */
@Revision("1")
public record KnowledgeItemArchived(KnowledgeItemId knowledgeItemId, String reason, LocalDate archivedOn) {}

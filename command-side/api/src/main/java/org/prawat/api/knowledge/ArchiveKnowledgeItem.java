package org.prawat.api.knowledge;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.prawat.api.text.PlainText;

/** Withdraws an item from current use for {@code reason} (e.g. superseded); it stays readable in the archive. */
public record ArchiveKnowledgeItem(
        @TargetAggregateIdentifier @NotNull KnowledgeItemId knowledgeItemId,
        @NotBlank(message = "กรุณาระบุเหตุผลที่จัดเก็บ / The reason for archiving is required")
                @Size(max = KnowledgeLimits.REASON_MAX)
                @PlainText
                String reason,
        @NotNull(message = "กรุณาระบุวันที่จัดเก็บ / The archiving date is required") LocalDate archivedOn) {}

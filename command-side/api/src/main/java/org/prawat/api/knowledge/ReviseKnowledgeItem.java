package org.prawat.api.knowledge;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.text.PlainText;

/**
 * Replaces the title, body and topics of a published item with a new revision, by
 * {@code revisedBy} on {@code revisedOn}; {@code note} (may be empty) says what changed and why.
 */
public record ReviseKnowledgeItem(
        @TargetAggregateIdentifier @NotNull KnowledgeItemId knowledgeItemId,
        @NotBlank(message = "กรุณาระบุชื่อเรื่อง / The title is required")
                @Size(max = KnowledgeLimits.TITLE_MAX)
                @PlainText
                String title,
        @NotBlank(message = "กรุณาระบุเนื้อหา / The body is required") @Size(max = KnowledgeLimits.BODY_MAX) @PlainText
                String body,
        @NotNull
                @Size(
                        max = KnowledgeLimits.TOPICS_MAX,
                        message = "ระบุหัวข้อได้ไม่เกิน {max} หัวข้อ / At most {max} topics are allowed")
                List<@PlainText @NotBlank @Size(max = KnowledgeLimits.TOPIC_MAX) String> topics,
        @NotNull(message = "กรุณาระบุผู้แก้ไข / Who revised the item is required") EmployeeId revisedBy,
        @NotNull(message = "กรุณาระบุวันที่แก้ไข / The revision date is required") LocalDate revisedOn,
        @Size(max = KnowledgeLimits.NOTE_MAX) @PlainText String note) {}

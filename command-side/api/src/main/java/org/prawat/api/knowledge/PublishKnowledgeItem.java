package org.prawat.api.knowledge;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.text.PlainText;

/**
 * Publishes what {@code author} knows for the whole organisation. {@code source} names the
 * author's own post-training report the item comes from, or is null for knowledge from elsewhere.
 */
public record PublishKnowledgeItem(
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
        @NotNull(message = "กรุณาระบุผู้เขียน / The author is required") EmployeeId author,
        @Valid TrainingReportRef source,
        @NotNull(message = "กรุณาระบุวันที่เผยแพร่ / The publication date is required") LocalDate publishedOn) {}

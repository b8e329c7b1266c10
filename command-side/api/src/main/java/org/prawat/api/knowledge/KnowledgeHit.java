package org.prawat.api.knowledge;

import java.time.LocalDate;
import java.util.List;
import org.prawat.api.employee.EmployeeId;

/**
 * One course, report or item found by {@link SearchKnowledge}. {@code id} is the course id, the
 * training id of a report, or the knowledge item id; {@code snippet} marks the matched words with
 * {@code <em>}; {@code authorId} and {@code authorName} are null for a course, which has trainers instead.
 */
public record KnowledgeHit(
        KnowledgeKind kind,
        String id,
        String title,
        String snippet,
        EmployeeId authorId,
        String authorName,
        List<String> trainers,
        LocalDate businessDate,
        boolean archived) {}

package org.prawat.api.knowledge;

import org.prawat.api.employee.EmployeeId;

/**
 * Someone who knows about a topic: how many of their post-training reports and knowledge items
 * mention it, how many courses on it they taught, and the best-matching passage (matched words in
 * {@code <em>}). {@code employeeId} is null for a trainer known only by name (e.g. from outside).
 */
public record KnowledgeablePersonHit(
        EmployeeId employeeId, String name, int reports, int items, int coursesTaught, String bestSnippet) {

    /** Everything of theirs that matched. */
    public int matches() {
        return reports + items + coursesTaught;
    }
}

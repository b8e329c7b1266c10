package org.prawat.api.knowledge;

import java.util.Set;
import org.prawat.api.history.Scope;

/**
 * Courses, post-training reports and knowledge items the caller's {@code scope} covers whose text
 * holds every whitespace-separated word of {@code text} (blank: all, newest first), of the given
 * {@code kinds} (empty for all). Archived items only when {@code includeArchived}; reports on
 * retracted trainings never. {@code page} counts from 0.
 */
public record SearchKnowledge(
        String text, Set<KnowledgeKind> kinds, boolean includeArchived, int page, int size, Scope scope) {

    public SearchKnowledge {
        kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
    }
}

package org.prawat.api.search;

import java.util.Objects;
import org.prawat.api.history.Scope;

/**
 * Finds people, records and knowledge holding every whitespace-separated word of {@code text}
 * (each word as a phrase: a Thai compound matches as written, not by its parts; Thai and Arabic
 * digits alike), narrowed by {@code filters} and the caller's {@code scope}. A blank text lists
 * everything the filters let through. {@code page} counts from 0; {@code size} is at most
 * {@link SearchLimits#MAX_PAGE_SIZE}.
 */
public record SearchEverything(String text, SearchFilters filters, int page, int size, SearchOrder order, Scope scope) {

    public SearchEverything {
        filters = Objects.requireNonNullElseGet(filters, SearchFilters::none);
        order = Objects.requireNonNullElse(order, SearchOrder.RELEVANCE);
        Objects.requireNonNull(scope, "scope");
    }
}

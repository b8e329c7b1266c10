package org.prawat.api.search;

/** Bounds of a search request. */
public final class SearchLimits {

    /** Hits per page at most. */
    public static final int MAX_PAGE_SIZE = 100;

    /** Words of a search text at most; each becomes a phrase query. */
    public static final int MAX_WORDS = 20;

    private SearchLimits() {}
}

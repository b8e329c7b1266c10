package org.prawat.api.search;

/** How search hits are ordered. */
public enum SearchOrder {
    /** Best match first; of equal matches, the latest business date first. */
    RELEVANCE,
    /** Latest business date first; hits without one (people, some knowledge) last. */
    DATE
}

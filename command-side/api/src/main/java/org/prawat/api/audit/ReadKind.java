package org.prawat.api.audit;

/** What kind of read the read log recorded. */
public enum ReadKind {
    /** A case file opened: as it stands, as at a moment, as of a date, or its raw event stream. */
    CASE_FILE,
    /** A search for people, records or knowledge, or a unit's timeline. */
    SEARCH,
    /** A case file taken out of the application, e.g. as a CSV file. */
    EXPORT
}

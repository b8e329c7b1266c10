package org.prawat.api.history;

/** Whether an entry stands as first recorded, was corrected, or was struck out. */
public enum EntryStatus {
    /** As first recorded. */
    ACTIVE,
    /** Corrected at least once; the earlier versions are in its corrections. */
    CORRECTED,
    /** Retracted: no longer counts, shown struck through. */
    RETRACTED
}

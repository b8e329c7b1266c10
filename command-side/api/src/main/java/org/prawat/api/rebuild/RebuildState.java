package org.prawat.api.rebuild;

/** Where a rebuild of the read side stands. */
public enum RebuildState {
    /** No rebuild since the application started. */
    IDLE,
    /** Replaying the event store into the new index versions; searches answer from the old ones. */
    RUNNING,
    /** Caught up: live processors paused, the last events drained, the aliases being switched. */
    SWITCHING,
    /** The aliases point at the new versions. */
    DONE,
    /** Stopped with a reason; the aliases were left where they were. */
    FAILED
}

package org.prawat.api.rebuild;

/** How the current (or last) rebuild of the read side is going; answers {@link RebuildProgress}. */
public record FindRebuildProgress() {}

/**
 * The write path every projection uses: a projection handles typed events and reads and writes
 * {@link org.prawat.query.projection.Documents} of the {@link org.prawat.query.projection.ProjectionTarget}
 * it was made with, so the same projection code serves the live tracking processor (one bulk request
 * per batch, flushed with the token), a rebuild into a fresh index version, and an in-memory fold of
 * one event stream. Every document stores the position of the last event applied to it, and a
 * projection ignores an event at or before that position: re-delivery and replay change nothing.
 */
package org.prawat.query.projection;

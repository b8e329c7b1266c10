/**
 * Rebuilding the read side: every {@link org.prawat.query.projection.ProjectionSet} replayed from the
 * event store into fresh index versions while searches keep answering from the old ones; when the
 * replay has caught up, the live processors pause, the last events are drained, and each alias moves
 * to its new version in one atomic alias update.
 */
package org.prawat.query.rebuild;

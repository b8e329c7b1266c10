/**
 * The organisation's knowledge (การจัดการความรู้) in the {@code knowledge} index: one document per
 * course, post-training report and knowledge item, with a common shape so one Thai full-text query
 * covers them all, and the queries "search knowledge" and "who knows about a topic". The authors,
 * their units and the trainings their reports are on are kept in this read model's own small
 * indices ({@code knowledge-people}, {@code knowledge-units}, {@code knowledge-trainings}), written by
 * the same processor, so they are never behind the documents that need them.
 */
package org.prawat.query.knowledge;

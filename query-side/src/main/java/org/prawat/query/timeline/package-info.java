/**
 * Case-file timelines: one document per record of every case file in the {@code timeline} index,
 * the people they belong to in {@code timeline-people} (whose current name, unit and level every
 * entry repeats) and the unit paths in {@code timeline-units}. The projection classes here are also
 * the fold that rebuilds a case file from its events for the as-at and as-of queries
 * ({@link org.prawat.query.timeline.CaseHistoryFold}), so the two cannot disagree.
 */
package org.prawat.query.timeline;

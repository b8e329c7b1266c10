package org.prawat.api.knowledge;

import org.prawat.api.history.Scope;

/**
 * Who knows about {@code topic}: the authors of reports and current items and the trainers of
 * courses that the caller's {@code scope} covers and that mention every word of the topic.
 */
public record FindPeopleWhoKnow(String topic, Scope scope) {}

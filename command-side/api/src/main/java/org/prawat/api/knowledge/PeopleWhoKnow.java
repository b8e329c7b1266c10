package org.prawat.api.knowledge;

import java.util.List;

/** The answer to {@link FindPeopleWhoKnow}: the people, most knowledgeable first. */
public record PeopleWhoKnow(String topic, List<KnowledgeablePersonHit> people) {}

package org.prawat.api.knowledge;

import java.util.List;

/** One page of {@link SearchKnowledge} hits, best first, and the number of hits on all pages. */
public record KnowledgeSearchResult(List<KnowledgeHit> hits, long total, int page, int size) {}

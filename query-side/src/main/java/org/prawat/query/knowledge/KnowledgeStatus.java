package org.prawat.query.knowledge;

/** Whether a knowledge document counts: archived items are found only on request, retracted reports never. */
enum KnowledgeStatus {
    ACTIVE,
    ARCHIVED,
    RETRACTED
}

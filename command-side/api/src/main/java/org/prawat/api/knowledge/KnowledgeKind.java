package org.prawat.api.knowledge;

/** What a piece of the organisation's knowledge is, as the knowledge search tells them apart. */
public enum KnowledgeKind {
    /** A course in the catalogue, with its sessions and trainers (วิทยากร). */
    COURSE,
    /** A participant's report of what they learned on a training and how they will apply it. */
    TRAINING_REPORT,
    /** A published knowledge item, in its latest revision. */
    KNOWLEDGE_ITEM
}

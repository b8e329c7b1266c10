package org.prawat.api.search;

/** What a search hit is. */
public enum SearchHitType {
    /** An employee's profile (ประวัติบุคคล). */
    PERSON,
    /** One record of a case file: a training, an evaluation, a commendation… */
    RECORD,
    /** A course, a post-training report or a knowledge item. */
    KNOWLEDGE
}

package org.prawat.api.knowledge;

/** Limits shared by the command shape and the forms. */
public final class KnowledgeLimits {

    public static final int TITLE_MAX = 300;

    /** Room for both parts of a post-training report (10,000 characters each) and an introduction. */
    public static final int BODY_MAX = 25_000;

    public static final int TOPICS_MAX = 10;
    public static final int TOPIC_MAX = 100;
    public static final int NOTE_MAX = 1000;
    public static final int REASON_MAX = 1000;

    private KnowledgeLimits() {}
}

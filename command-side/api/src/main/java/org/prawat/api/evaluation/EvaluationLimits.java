package org.prawat.api.evaluation;

/** Limits shared by the command shape, the case file's rules and the forms. */
public final class EvaluationLimits {

    public static final int SCORE_MIN = 0;
    public static final int SCORE_MAX = 100;
    public static final int NAME_MAX = 200;
    public static final int COMMENTS_MAX = 4000;

    private EvaluationLimits() {}
}

package org.prawat.api.evaluation;

/** The level an evaluation's total falls in, from best to worst; {@link EvaluationBands} say where each starts. */
public enum EvaluationLevel {
    OUTSTANDING("ดีเด่น", "Outstanding"),
    VERY_GOOD("ดีมาก", "Very good"),
    GOOD("ดี", "Good"),
    FAIR("พอใช้", "Fair"),
    NEEDS_IMPROVEMENT("ต้องปรับปรุง", "Needs improvement");

    private final String thai;
    private final String english;

    EvaluationLevel(String thai, String english) {
        this.thai = thai;
        this.english = english;
    }

    public String thai() {
        return thai;
    }

    public String english() {
        return english;
    }
}

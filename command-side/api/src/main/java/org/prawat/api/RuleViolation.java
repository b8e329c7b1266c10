package org.prawat.api;

/**
 * A command refused by a business rule. Carries the message in Thai (first) and English so that
 * every client can show it beside the field the user has to correct; nothing was recorded.
 */
public class RuleViolation extends RuntimeException {

    private final String code;
    private final String thai;
    private final String english;

    public RuleViolation(String code, String thai, String english) {
        super(thai + " / " + english);
        this.code = code;
        this.thai = thai;
        this.english = english;
    }

    /** Stable machine-readable name of the rule, e.g. {@code national-id.checksum}. */
    public String code() {
        return code;
    }

    public String thai() {
        return thai;
    }

    public String english() {
        return english;
    }
}

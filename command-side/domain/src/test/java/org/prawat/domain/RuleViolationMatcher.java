package org.prawat.domain;

import java.lang.Character.UnicodeScript;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeDiagnosingMatcher;
import org.prawat.api.RuleViolation;

/** A refusal of the given type that a user can read: a Thai message (in Thai script) and an English one. */
public final class RuleViolationMatcher extends TypeSafeDiagnosingMatcher<RuleViolation> {

    private final Class<? extends RuleViolation> type;

    private RuleViolationMatcher(Class<? extends RuleViolation> type) {
        this.type = type;
    }

    public static Matcher<RuleViolation> refusedWith(Class<? extends RuleViolation> type) {
        return new RuleViolationMatcher(type);
    }

    @Override
    protected boolean matchesSafely(RuleViolation violation, Description mismatch) {
        mismatch.appendText("was ")
                .appendValue(violation.getClass().getSimpleName())
                .appendText(" saying ")
                .appendValue(violation.getMessage());
        return type.isInstance(violation)
                && inThai(violation.thai())
                && violation.english() != null
                && !violation.english().isBlank();
    }

    private static boolean inThai(String text) {
        return text != null && text.codePoints().anyMatch(c -> UnicodeScript.of(c) == UnicodeScript.THAI);
    }

    @Override
    public void describeTo(Description description) {
        description.appendText("a ").appendText(type.getSimpleName()).appendText(" told in Thai and in English");
    }
}

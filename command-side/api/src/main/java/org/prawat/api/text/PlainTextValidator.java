package org.prawat.api.text;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link PlainText}; null is left to {@code @NotNull}. */
public class PlainTextValidator implements ConstraintValidator<PlainText, String> {

    @Override
    public boolean isValid(String text, ConstraintValidatorContext context) {
        return text == null || isPlain(text);
    }

    public static boolean isPlain(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c) || !allowed(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean allowed(char c) {
        if (c == '\t' || c == '\n' || c == '\r') {
            return true;
        }
        boolean control = c < 0x20 || (c >= 0x7f && c < 0xa0);
        boolean nonCharacter = c == '\ufffe' || c == '\uffff' || (c >= '\ufdd0' && c <= '\ufdef');
        return !control && !nonCharacter;
    }
}

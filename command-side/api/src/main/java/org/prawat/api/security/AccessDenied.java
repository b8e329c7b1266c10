package org.prawat.api.security;

import org.prawat.api.RuleViolation;

/**
 * Refused because the sender's role or scope does not allow it; nothing was recorded and nothing
 * was read. Says what was refused, never what exists outside the sender's scope.
 */
public class AccessDenied extends RuleViolation {

    public AccessDenied(String thaiAction, String englishAction) {
        super(
                "access.denied",
                "สิทธิ์ของท่านไม่อนุญาตให้" + thaiAction,
                "Your role does not allow you to " + englishAction);
    }
}

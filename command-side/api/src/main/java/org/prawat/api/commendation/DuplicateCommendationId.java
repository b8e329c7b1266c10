package org.prawat.api.commendation;

import org.prawat.api.RuleViolation;

/** A commendation with this id is already in the case file; a new commendation needs a new id. */
public class DuplicateCommendationId extends RuleViolation {

    public DuplicateCommendationId(CommendationId commendationId) {
        super(
                "commendation.duplicate-id",
                "มีความดีความชอบรหัส " + commendationId + " อยู่แล้ว",
                "A commendation with id " + commendationId + " is already recorded");
    }
}

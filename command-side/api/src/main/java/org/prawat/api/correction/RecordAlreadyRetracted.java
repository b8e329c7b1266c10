package org.prawat.api.correction;

import org.prawat.api.RuleViolation;

/** The record was retracted: it can be neither retracted again, corrected, nor reported on. */
public class RecordAlreadyRetracted extends RuleViolation {

    public RecordAlreadyRetracted(RecordKind kind, String recordId) {
        super(
                "correction.retracted",
                "รายการ " + kind + " รหัส " + recordId + " ถูกเพิกถอนแล้ว",
                "The " + kind + " record " + recordId + " was retracted");
    }
}

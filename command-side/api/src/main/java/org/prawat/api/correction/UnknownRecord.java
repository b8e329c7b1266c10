package org.prawat.api.correction;

import org.prawat.api.RuleViolation;

/** A retraction or correction request names a record that is not in this case file. */
public class UnknownRecord extends RuleViolation {

    public UnknownRecord(RecordKind kind, String recordId) {
        super(
                "correction.unknown-record",
                "ไม่พบรายการ " + kind + " รหัส " + recordId + " ในแฟ้มประวัตินี้",
                "No " + kind + " record " + recordId + " is in this case file");
    }
}

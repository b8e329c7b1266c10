package org.prawat.api.pdpa;

import org.prawat.api.RuleViolation;

/** A command named personal data of a person whose personal data has been erased. */
public class PersonalDataAlreadyErased extends RuleViolation {

    public PersonalDataAlreadyErased() {
        super(
                "personal-data.erased",
                "ข้อมูลส่วนบุคคลของบุคลากรนี้ถูกลบตามคำขอแล้ว จึงไม่สามารถบันทึกหรือลบซ้ำได้",
                "This person's personal data was erased on request; it cannot be recorded or erased again");
    }
}

package org.prawat.api.employee;

import java.time.LocalDate;
import org.prawat.api.RuleViolation;

/** A record dated before the employee was appointed. */
public class BeforeAppointment extends RuleViolation {

    public BeforeAppointment(LocalDate date, LocalDate appointedOn) {
        super(
                "employee.before-appointment",
                "วันที่ " + date + " อยู่ก่อนวันบรรจุแต่งตั้ง (" + appointedOn + ")",
                "The date " + date + " is before the employee was appointed (" + appointedOn + ")");
    }
}

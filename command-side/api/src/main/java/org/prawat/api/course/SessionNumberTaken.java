package org.prawat.api.course;

import org.prawat.api.RuleViolation;

/** The course already has a session with this number (รุ่นที่). */
public class SessionNumberTaken extends RuleViolation {

    public SessionNumberTaken(int sessionNumber) {
        super(
                "course.session-number",
                "หลักสูตรนี้มีรุ่นที่ " + sessionNumber + " แล้ว",
                "The course already has a session number " + sessionNumber);
    }
}

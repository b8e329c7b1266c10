package org.prawat.api.course;

import java.util.Collection;
import org.prawat.api.RuleViolation;
import org.prawat.api.employee.EmployeeId;

/** The attendee list names someone more than once. */
public class DuplicateAttendees extends RuleViolation {

    public DuplicateAttendees(Collection<EmployeeId> repeated) {
        super(
                "course.attendees-duplicate",
                "รายชื่อผู้เข้าอบรมซ้ำ: " + repeated,
                "The attendee list names these more than once: " + repeated);
    }
}

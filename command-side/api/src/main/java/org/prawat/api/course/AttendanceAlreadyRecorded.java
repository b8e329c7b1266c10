package org.prawat.api.course;

import java.util.Collection;
import org.prawat.api.RuleViolation;
import org.prawat.api.employee.EmployeeId;

/** Attendance of these employees at this session was recorded before. */
public class AttendanceAlreadyRecorded extends RuleViolation {

    public AttendanceAlreadyRecorded(CourseSessionId sessionId, Collection<EmployeeId> attendees) {
        super(
                "course.attendance-exists",
                "บันทึกการเข้าอบรมรุ่น " + sessionId + " ของ " + attendees + " ไว้แล้ว",
                "Attendance at session " + sessionId + " is already recorded for " + attendees);
    }
}

package org.prawat.api.course;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.prawat.api.RuleViolation;
import org.prawat.api.employee.EmployeeId;

/**
 * One or more attendees' case files refused the session's training (no case file, or the employee
 * has left service), so the attendance of the whole session was refused and nothing was recorded.
 */
public class AttendeeCannotBeRecorded extends RuleViolation {

    private final Map<EmployeeId, RuleViolation> refusals;

    /** {@code refusals}: each attendee whose case file refused, with its reason, in list order. */
    public AttendeeCannotBeRecorded(CourseSessionId sessionId, Map<EmployeeId, RuleViolation> refusals) {
        super(
                "course.attendee-refused",
                "บันทึกการเข้าอบรมรุ่น " + sessionId + " ไม่ได้ทั้งรุ่น เพราะแฟ้มประวัติของผู้เข้าอบรมต่อไปนี้ไม่รับ: "
                        + describe(refusals, true),
                "The attendance at session " + sessionId
                        + " was not recorded for anyone because these attendees' case files refused it: "
                        + describe(refusals, false));
        this.refusals = Collections.unmodifiableMap(new LinkedHashMap<>(refusals));
    }

    public Map<EmployeeId, RuleViolation> refusals() {
        return refusals;
    }

    private static String describe(Map<EmployeeId, RuleViolation> refusals, boolean thai) {
        return refusals.entrySet().stream()
                .map(e -> e.getKey() + " ("
                        + (thai ? e.getValue().thai() : e.getValue().english()) + ")")
                .collect(Collectors.joining("; "));
    }
}

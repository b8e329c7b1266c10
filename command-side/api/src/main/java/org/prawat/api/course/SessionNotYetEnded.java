package org.prawat.api.course;

import java.time.LocalDate;
import org.prawat.api.RuleViolation;

/** Attendance is recorded once a session is over, not before its last day. */
public class SessionNotYetEnded extends RuleViolation {

    public SessionNotYetEnded(CourseSessionId sessionId, LocalDate endDate) {
        super(
                "course.session-not-ended",
                "รุ่น " + sessionId + " ยังไม่จบ (สิ้นสุด " + endDate + "): บันทึกผู้เข้าอบรมได้เมื่ออบรมเสร็จแล้ว",
                "Session " + sessionId + " has not ended yet (it ends " + endDate
                        + "): attendance is recorded once it is over");
    }
}

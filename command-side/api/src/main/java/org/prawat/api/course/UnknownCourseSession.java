package org.prawat.api.course;

import org.prawat.api.RuleViolation;

/** Attendance names a session that this course has not scheduled. */
public class UnknownCourseSession extends RuleViolation {

    public UnknownCourseSession(CourseSessionId sessionId) {
        super(
                "course.session-unknown",
                "ไม่พบรุ่นรหัส " + sessionId + " ในหลักสูตรนี้",
                "No session " + sessionId + " is scheduled for this course");
    }
}

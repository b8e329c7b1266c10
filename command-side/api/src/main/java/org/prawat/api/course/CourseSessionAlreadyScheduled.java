package org.prawat.api.course;

import org.prawat.api.RuleViolation;

/** The session id was used before for this course. */
public class CourseSessionAlreadyScheduled extends RuleViolation {

    public CourseSessionAlreadyScheduled(CourseSessionId sessionId) {
        super(
                "course.session-exists",
                "กำหนดรุ่นรหัส " + sessionId + " ไว้แล้ว",
                "Session " + sessionId + " is already scheduled");
    }
}

package org.prawat.api.course;

import java.util.List;

/** The sessions {@link FindCourseSessions} found, newest first. */
public record CourseSessions(List<CourseSessionSummary> sessions) {
    public CourseSessions {
        sessions = List.copyOf(sessions);
    }
}

package org.prawat.ui.rest.course;

import org.prawat.api.course.CourseId;
import org.prawat.api.course.CreateCourse;
import org.prawat.api.training.DevelopmentArea;
import org.prawat.api.training.TrainingKind;

/** Body of {@code POST /api/courses}; without {@code courseId} the server chooses one. */
record CreateCourseRequest(
        CourseId courseId, String title, String provider, TrainingKind kind, DevelopmentArea area, String description) {

    CreateCourse toCommand(CourseId id) {
        return new CreateCourse(id, title, provider, kind, area, description);
    }
}

package org.prawat.api.course;

import org.axonframework.serialization.Revision;
import org.prawat.api.training.DevelopmentArea;
import org.prawat.api.training.TrainingKind;

/** A course entered the catalogue when this was recorded; {@code description} may be null. */
@Revision("1")
public record CourseCreated(
        CourseId courseId,
        String title,
        String provider,
        TrainingKind kind,
        DevelopmentArea area,
        String description) {}

package org.prawat.api.course;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.prawat.api.text.PlainText;
import org.prawat.api.training.DevelopmentArea;
import org.prawat.api.training.TrainingKind;

/** Adds a course to the catalogue; {@code description} may be empty. */
public record CreateCourse(
        @TargetAggregateIdentifier @NotNull CourseId courseId,
        @NotBlank(message = "กรุณาระบุชื่อหลักสูตร / The course title is required")
                @Size(max = CourseLimits.TITLE_MAX)
                @PlainText
                String title,
        @NotBlank(message = "กรุณาระบุหน่วยงานผู้จัด / The provider is required")
                @Size(max = CourseLimits.PROVIDER_MAX)
                @PlainText
                String provider,
        @NotNull(message = "กรุณาเลือกประเภทการพัฒนา / The kind of training is required") TrainingKind kind,
        @NotNull(message = "กรุณาเลือกด้านการพัฒนา / The development area is required") DevelopmentArea area,
        @Size(max = CourseLimits.DESCRIPTION_MAX) @PlainText String description) {}

package org.prawat.query.knowledge;

import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.prawat.api.course.CourseCreated;
import org.prawat.api.course.CourseSessionScheduled;
import org.prawat.api.training.DevelopmentArea;
import org.prawat.api.training.TrainingKind;

/**
 * The searchable Thai text of a course: its description, provider, kind and development area in
 * the words a Thai reader searches for (ปฐมนิเทศ, ศึกษาดูงาน, ด้านคุณธรรม จริยธรรม…), then its venues.
 */
final class CourseText {

    private static final Map<Enum<?>, String> THAI = Map.ofEntries(
            Map.entry(TrainingKind.ORIENTATION, "ปฐมนิเทศ"),
            Map.entry(TrainingKind.TRAINING, "ฝึกอบรม"),
            Map.entry(TrainingKind.STUDY_VISIT, "ศึกษาดูงาน"),
            Map.entry(TrainingKind.WORKSHOP, "ประชุมเชิงปฏิบัติการ"),
            Map.entry(TrainingKind.SEMINAR, "สัมมนา"),
            Map.entry(TrainingKind.E_LEARNING, "การเรียนรู้ออนไลน์"),
            Map.entry(DevelopmentArea.GENERAL_KNOWLEDGE, "ความรู้ทั่วไป"),
            Map.entry(DevelopmentArea.JOB_SPECIFIC, "ความรู้และทักษะเฉพาะของงาน"),
            Map.entry(DevelopmentArea.MANAGEMENT, "ด้านการบริหาร"),
            Map.entry(DevelopmentArea.PERSONAL_QUALITIES, "ด้านคุณสมบัติส่วนตัว"),
            Map.entry(DevelopmentArea.ETHICS, "ด้านคุณธรรม จริยธรรม"));

    private CourseText() {}

    static String of(CourseCreated event) {
        return lines(event.description(), event.provider(), thai(event.kind()), thai(event.area()));
    }

    /** What a session adds to the course's text: where it was held. */
    static String of(CourseSessionScheduled event) {
        return lines(event.venue());
    }

    private static String thai(Enum<?> code) {
        return code == null ? null : THAI.getOrDefault(code, code.name());
    }

    private static String lines(String... parts) {
        return Stream.of(parts)
                .filter(Objects::nonNull)
                .filter(s -> !s.isBlank())
                .collect(Collectors.joining("\n"));
    }
}

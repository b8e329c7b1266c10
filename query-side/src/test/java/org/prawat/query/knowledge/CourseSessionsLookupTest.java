package org.prawat.query.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.prawat.query.knowledge.KnowledgeTestData.COURSE_TITLE;
import static org.prawat.query.knowledge.KnowledgeTestData.FIRST_SESSION;
import static org.prawat.query.knowledge.KnowledgeTestData.SERVICE_COURSE;
import static org.prawat.query.knowledge.KnowledgeTestData.TRAINER;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.junit.jupiter.api.Test;
import org.prawat.api.course.CourseSessionId;
import org.prawat.api.course.CourseSessionScheduled;
import org.prawat.api.course.CourseSessionSummary;
import org.prawat.api.knowledge.KnowledgeKind;
import org.prawat.query.projection.InMemoryProjectionTarget;

class CourseSessionsLookupTest {

    private final InMemoryProjectionTarget target = new InMemoryProjectionTarget();
    private final List<AnnotationEventHandlerAdapter> projections = KnowledgeConfiguration.projections(target).stream()
            .map(AnnotationEventHandlerAdapter::new)
            .toList();
    private long position;

    @Test
    void every_scheduled_session_of_a_course_is_offered_with_its_course_the_latest_first() throws Exception {
        var second = new CourseSessionScheduled(
                SERVICE_COURSE,
                new CourseSessionId("service-mind-2567-2"),
                2,
                LocalDate.of(2025, 2, 10),
                LocalDate.of(2025, 2, 12),
                new BigDecimal("18"),
                List.of("นายประเสริฐ ใจงาม"),
                "หอประชุมเทศบาลนครหาดใหญ่");
        apply(KnowledgeTestData.courseCreated(), KnowledgeTestData.firstSession(), second);

        var sessions = CourseSessionsLookup.sessionsOf(List.of(course())).sessions();

        assertThat(sessions).extracting(CourseSessionSummary::sessionNumber).containsExactly(2, 1);
        var first = sessions.get(1);
        assertThat(first.courseId()).isEqualTo(SERVICE_COURSE);
        assertThat(first.courseTitle()).isEqualTo(COURSE_TITLE);
        assertThat(first.sessionId()).isEqualTo(FIRST_SESSION);
        assertThat(first.startDate()).isEqualTo(LocalDate.of(2024, 9, 23));
        assertThat(first.endDate()).isEqualTo(LocalDate.of(2024, 9, 25));
        assertThat(first.hours()).isEqualByComparingTo("18");
        assertThat(first.trainers()).containsExactly(TRAINER, "นางสาวดวงใจ ทองดี");
        assertThat(first.venue()).isEqualTo("ห้องประชุม อบจ.สงขลา");
    }

    @Test
    void a_course_without_sessions_offers_nothing_to_record_attendance_for() throws Exception {
        apply(KnowledgeTestData.courseCreated());

        assertThat(CourseSessionsLookup.sessionsOf(List.of(course())).sessions())
                .isEmpty();
    }

    private KnowledgeDocument course() {
        return target.documents(KnowledgeStore.DOCUMENTS)
                .get(KnowledgeDocument.idOf(KnowledgeKind.COURSE, SERVICE_COURSE.value()), KnowledgeDocument.class)
                .orElseThrow();
    }

    private void apply(Object... payloads) throws Exception {
        for (Object payload : payloads) {
            var message = new GenericTrackedEventMessage<>(
                    new GlobalSequenceTrackingToken(position++), GenericEventMessage.asEventMessage(payload));
            for (var projection : projections) {
                if (projection.canHandle(message)) {
                    projection.handle(message);
                }
            }
        }
    }
}

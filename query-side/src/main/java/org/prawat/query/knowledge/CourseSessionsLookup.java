package org.prawat.query.knowledge;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.axonframework.queryhandling.QueryHandler;
import org.prawat.api.course.CourseId;
import org.prawat.api.course.CourseSessionId;
import org.prawat.api.course.CourseSessionSummary;
import org.prawat.api.course.CourseSessions;
import org.prawat.api.course.FindCourseSessions;
import org.prawat.api.history.Scope;
import org.prawat.api.knowledge.KnowledgeKind;
import org.springframework.stereotype.Component;

/**
 * Answers {@link FindCourseSessions} from the course documents of the {@value KnowledgeStore#DOCUMENTS}
 * index, which keep every scheduled session. The catalogue is the whole organisation's, so no scope.
 */
@Component
class CourseSessionsLookup {

    /** Courses read per question; a picker shows the newest sessions first and is narrowed by typing. */
    static final int MAX_COURSES = 50;

    private final ElasticsearchClient client;

    CourseSessionsLookup(ElasticsearchClient client) {
        this.client = client;
    }

    @QueryHandler
    CourseSessions handle(FindCourseSessions query) throws IOException {
        var response = client.search(
                s -> s.index(KnowledgeStore.DOCUMENTS)
                        .query(KnowledgeQuery.of(query.text(), Set.of(KnowledgeKind.COURSE), false, Scope.everything()))
                        .size(MAX_COURSES)
                        .sort(o -> o.field(f -> f.field("businessDate").order(SortOrder.Desc)))
                        .sort(o -> o.field(f -> f.field("recordId").order(SortOrder.Asc))),
                KnowledgeDocument.class);
        return sessionsOf(response.hits().hits().stream().map(Hit::source).toList());
    }

    /** Every session of {@code courses}, the latest start first. */
    static CourseSessions sessionsOf(List<KnowledgeDocument> courses) {
        return new CourseSessions(courses.stream()
                .flatMap(course -> course.sessions().stream().map(session -> summary(course, session)))
                .sorted(Comparator.comparing(CourseSessionSummary::startDate)
                        .thenComparing(CourseSessionSummary::sessionNumber)
                        .reversed())
                .toList());
    }

    private static CourseSessionSummary summary(KnowledgeDocument course, CourseSession session) {
        return new CourseSessionSummary(
                new CourseId(course.recordId()),
                course.title(),
                new CourseSessionId(session.sessionId()),
                session.sessionNumber(),
                session.startDate(),
                session.endDate(),
                session.hours(),
                session.trainers(),
                session.venue());
    }
}

package org.prawat.bench.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.axonframework.messaging.interceptors.BeanValidationInterceptor;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import org.prawat.api.course.CreateCourse;
import org.prawat.api.course.RecordSessionAttendance;
import org.prawat.api.course.ScheduleCourseSession;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.employee.RegisterEmployee;
import org.prawat.api.employee.SeparateEmployee;
import org.prawat.domain.course.Course;

class CourseCatalogueTest {

    private static final ThaiCaseFiles DATA = new ThaiCaseFiles(DataSize.SMALL, 2568);

    @Test
    void every_course_takes_its_sessions_and_their_attendance_with_the_events_counted() {
        List<Object> courses = DATA.courses();
        for (Object attendance : DATA.attendance().toList()) {
            var record = (RecordSessionAttendance) attendance;
            List<Object> given = courses.stream()
                    .filter(c -> c instanceof CreateCourse create
                                    && create.courseId().equals(record.courseId())
                            || c instanceof ScheduleCourseSession s
                                    && s.courseId().equals(record.courseId()))
                    .toList();
            var fixture = new AggregateTestFixture<>(Course.class);
            fixture.registerInjectableResource(InMemoryLookups.TODAY);
            fixture.registerCommandDispatchInterceptor(new BeanValidationInterceptor<>());
            // The course stores one event; each attendee's case file then one TrainingRecorded (SessionAttendance).
            fixture.givenCommands(given).when(record).expectSuccessfulHandlerExecution();
            assertThat(EventCounts.of(record)).isEqualTo(1 + record.attendees().size());
        }
    }

    @Test
    void attendees_are_registered_in_service_and_appointed_before_the_session() {
        Map<EmployeeId, CaseFile> caseFiles =
                DATA.caseFiles().collect(Collectors.toMap(CaseFile::employeeId, Function.identity()));
        Map<Object, ScheduleCourseSession> sessions = DATA.courses().stream()
                .filter(ScheduleCourseSession.class::isInstance)
                .map(ScheduleCourseSession.class::cast)
                .collect(Collectors.toMap(ScheduleCourseSession::sessionId, Function.identity()));
        DATA.attendance().map(RecordSessionAttendance.class::cast).forEach(record -> {
            var session = sessions.get(record.sessionId());
            assertThat(record.attendees()).allSatisfy(attendee -> {
                CaseFile file = caseFiles.get(attendee);
                assertThat(file).isNotNull();
                assertThat(file.commands()).noneMatch(SeparateEmployee.class::isInstance);
                assertThat(((RegisterEmployee) file.commands().get(0)).appointedOn())
                        .isBefore(session.startDate());
            });
        });
    }
}

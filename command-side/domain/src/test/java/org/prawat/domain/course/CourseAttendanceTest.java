package org.prawat.domain.course;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.prawat.domain.RuleViolationMatcher.refusedWith;
import static org.prawat.domain.course.CourseTest.COURSE;
import static org.prawat.domain.course.CourseTest.CREATED;
import static org.prawat.domain.course.CourseTest.END;
import static org.prawat.domain.course.CourseTest.PROVIDER;
import static org.prawat.domain.course.CourseTest.SESSION_1;
import static org.prawat.domain.course.CourseTest.SESSION_1_SCHEDULED;
import static org.prawat.domain.course.CourseTest.START;
import static org.prawat.domain.course.CourseTest.TITLE;
import static org.prawat.domain.course.CourseTest.TRAINERS;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;
import org.axonframework.messaging.interceptors.BeanValidationInterceptor;
import org.axonframework.messaging.interceptors.JSR303ViolationException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.prawat.api.course.AttendanceAlreadyRecorded;
import org.prawat.api.course.CourseLimits;
import org.prawat.api.course.CourseSessionId;
import org.prawat.api.course.CourseSessionScheduled;
import org.prawat.api.course.DuplicateAttendees;
import org.prawat.api.course.RecordSessionAttendance;
import org.prawat.api.course.SessionAttendanceRecorded;
import org.prawat.api.course.SessionNotYetEnded;
import org.prawat.api.course.UnknownCourseSession;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.training.DevelopmentArea;
import org.prawat.api.training.Training;
import org.prawat.api.training.TrainingKind;
import org.prawat.api.training.TrainingOutcome;
import org.prawat.domain.TestClock;

/** Recording the attendance of a session on the course; the case files' side is {@link SessionAttendanceTest}. */
class CourseAttendanceTest {

    private static final EmployeeId WITTAYA = new EmployeeId("wittaya");
    private static final EmployeeId SOMSRI = new EmployeeId("somsri");
    static final Training SESSION_1_PASSED = new Training(
            TrainingKind.ORIENTATION,
            TITLE,
            PROVIDER,
            TRAINERS,
            START,
            END,
            new BigDecimal("18"),
            DevelopmentArea.PERSONAL_QUALITIES,
            TrainingOutcome.PASSED,
            null,
            null,
            null);

    private AggregateTestFixture<Course> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Course.class);
        fixture.registerInjectableResource(TestClock.TODAY_IN_THAILAND);
        fixture.registerCommandDispatchInterceptor(new BeanValidationInterceptor<>());
    }

    @Test
    void the_attendance_of_a_past_session_is_recorded_with_the_training_each_case_file_receives() {
        fixture.given(CREATED, SESSION_1_SCHEDULED)
                .when(attendance(WITTAYA, SOMSRI))
                .expectEvents(new SessionAttendanceRecorded(
                        COURSE,
                        SESSION_1,
                        List.of(WITTAYA, SOMSRI),
                        TrainingOutcome.PASSED,
                        TestClock.TODAY,
                        SESSION_1_PASSED));
    }

    @Test
    void a_session_ending_today_is_over_and_its_attendance_is_recorded() {
        var endingToday = new CourseSessionScheduled(
                COURSE, SESSION_1, 1, TestClock.TODAY, TestClock.TODAY, new BigDecimal("6"), TRAINERS, null);
        fixture.given(CREATED, endingToday).when(attendance(WITTAYA)).expectSuccessfulHandlerExecution();
    }

    @Test
    void attendance_at_a_session_that_has_not_ended_is_refused() {
        var tomorrow = TestClock.TODAY.plusDays(1);
        var endsTomorrow = new CourseSessionScheduled(
                COURSE, SESSION_1, 1, TestClock.TODAY, tomorrow, new BigDecimal("12"), TRAINERS, null);
        fixture.given(CREATED, endsTomorrow)
                .when(attendance(WITTAYA))
                .expectException(refusedWith(SessionNotYetEnded.class))
                .expectNoEvents();
    }

    @Test
    void attendance_at_a_session_the_course_never_scheduled_is_refused() {
        fixture.given(CREATED, SESSION_1_SCHEDULED)
                .when(new RecordSessionAttendance(
                        COURSE, new CourseSessionId("nowhere"), List.of(WITTAYA), TrainingOutcome.PASSED))
                .expectException(refusedWith(UnknownCourseSession.class));
    }

    @Test
    void an_attendee_listed_twice_is_refused() {
        fixture.given(CREATED, SESSION_1_SCHEDULED)
                .when(attendance(WITTAYA, SOMSRI, WITTAYA))
                .expectException(refusedWith(DuplicateAttendees.class))
                .expectNoEvents();
    }

    @Test
    void an_attendee_already_recorded_for_the_session_is_refused_but_others_may_be_added_later() {
        var first = new SessionAttendanceRecorded(
                COURSE, SESSION_1, List.of(WITTAYA), TrainingOutcome.PASSED, TestClock.TODAY, SESSION_1_PASSED);
        fixture.given(CREATED, SESSION_1_SCHEDULED, first)
                .when(attendance(SOMSRI, WITTAYA))
                .expectException(refusedWith(AttendanceAlreadyRecorded.class));
        fixture.given(CREATED, SESSION_1_SCHEDULED, first)
                .when(attendance(SOMSRI))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void an_empty_attendee_list_is_refused_by_the_command_shape() {
        assertThatThrownBy(() -> fixture.given(CREATED, SESSION_1_SCHEDULED).when(attendance()))
                .isInstanceOf(JSR303ViolationException.class)
                .hasMessageContaining("Between 1 and 1000 attendees are required");
    }

    @Test
    void a_thousand_attendees_are_accepted_and_one_more_is_refused_by_the_command_shape() {
        fixture.given(CREATED, SESSION_1_SCHEDULED)
                .when(attendance(people(CourseLimits.ATTENDEES_MAX)))
                .expectSuccessfulHandlerExecution();
        assertThatThrownBy(() -> fixture.given(CREATED, SESSION_1_SCHEDULED)
                        .when(attendance(people(CourseLimits.ATTENDEES_MAX + 1))))
                .isInstanceOf(JSR303ViolationException.class);
    }

    private static RecordSessionAttendance attendance(EmployeeId... attendees) {
        return new RecordSessionAttendance(COURSE, SESSION_1, List.of(attendees), TrainingOutcome.PASSED);
    }

    private static EmployeeId[] people(int count) {
        return IntStream.range(0, count).mapToObj(i -> new EmployeeId("e" + i)).toArray(EmployeeId[]::new);
    }
}

package org.prawat.domain.course;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.prawat.domain.RuleViolationMatcher.refusedWith;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.messaging.interceptors.BeanValidationInterceptor;
import org.axonframework.messaging.interceptors.JSR303ViolationException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.prawat.api.BuddhistEraYearGiven;
import org.prawat.api.course.CourseCreated;
import org.prawat.api.course.CourseId;
import org.prawat.api.course.CourseLimits;
import org.prawat.api.course.CourseSessionAlreadyScheduled;
import org.prawat.api.course.CourseSessionId;
import org.prawat.api.course.CourseSessionScheduled;
import org.prawat.api.course.CreateCourse;
import org.prawat.api.course.ScheduleCourseSession;
import org.prawat.api.course.SessionNumberTaken;
import org.prawat.api.training.DevelopmentArea;
import org.prawat.api.training.ImplausibleTrainingHours;
import org.prawat.api.training.TrainingEndsBeforeStart;
import org.prawat.api.training.TrainingKind;
import org.prawat.domain.TestClock;

/** Creating courses and scheduling sessions; attendance is in {@link CourseAttendanceTest}. */
class CourseTest {

    static final CourseId COURSE = new CourseId("orientation-pao");
    static final CourseSessionId SESSION_1 = new CourseSessionId("orientation-pao-1");
    static final String TITLE = "หลักสูตรปฐมนิเทศพนักงานส่วนท้องถิ่นบรรจุใหม่";
    static final String PROVIDER = "สถาบันดำรงราชานุภาพ";
    static final List<String> TRAINERS = List.of("รองศาสตราจารย์ ดร.วิทยาธร ท่อแก้ว", "นายสมชาย ใจดี");
    static final LocalDate START = LocalDate.of(2026, 3, 2);
    static final LocalDate END = LocalDate.of(2026, 3, 4);
    static final CourseCreated CREATED = new CourseCreated(
            COURSE, TITLE, PROVIDER, TrainingKind.ORIENTATION, DevelopmentArea.PERSONAL_QUALITIES, null);
    static final CourseSessionScheduled SESSION_1_SCHEDULED = new CourseSessionScheduled(
            COURSE, SESSION_1, 1, START, END, new BigDecimal("18"), TRAINERS, "โรงแรมบีพี สมิหลา บีช");

    private AggregateTestFixture<Course> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Course.class);
        fixture.registerInjectableResource(TestClock.TODAY_IN_THAILAND);
        fixture.registerCommandDispatchInterceptor(new BeanValidationInterceptor<>());
    }

    @Test
    void a_course_enters_the_catalogue_with_its_text_trimmed_and_an_empty_description_left_out() {
        fixture.givenNoPriorActivity()
                .when(new CreateCourse(
                        COURSE,
                        " " + TITLE + " ",
                        PROVIDER,
                        TrainingKind.ORIENTATION,
                        DevelopmentArea.PERSONAL_QUALITIES,
                        "  "))
                .expectEvents(CREATED);
    }

    @Test
    void a_course_without_a_title_is_refused_by_the_command_shape() {
        var untitled = new CreateCourse(
                COURSE, "", PROVIDER, TrainingKind.ORIENTATION, DevelopmentArea.PERSONAL_QUALITIES, null);
        assertThatThrownBy(() -> fixture.givenNoPriorActivity().when(untitled))
                .isInstanceOf(JSR303ViolationException.class)
                .hasMessageContaining("กรุณาระบุชื่อหลักสูตร / The course title is required");
    }

    @Test
    void a_title_longer_than_a_case_file_accepts_is_refused_by_the_command_shape() {
        var tooLong = new CreateCourse(
                COURSE,
                "ก".repeat(CourseLimits.TITLE_MAX + 1),
                PROVIDER,
                TrainingKind.ORIENTATION,
                DevelopmentArea.PERSONAL_QUALITIES,
                null);
        assertThatThrownBy(() -> fixture.givenNoPriorActivity().when(tooLong))
                .isInstanceOf(JSR303ViolationException.class);
    }

    @Test
    void a_session_is_scheduled_with_its_number_dates_hours_trainers_and_venue() {
        fixture.given(CREATED).when(schedule(SESSION_1, 1, START, END, "18")).expectEvents(SESSION_1_SCHEDULED);
    }

    @Test
    void a_session_may_be_scheduled_ahead_of_today() {
        var nextMonth = TestClock.TODAY.plusMonths(1);
        fixture.given(CREATED)
                .when(schedule(SESSION_1, 1, nextMonth, nextMonth, "6"))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void the_same_session_id_twice_is_refused() {
        fixture.given(CREATED, SESSION_1_SCHEDULED)
                .when(schedule(SESSION_1, 2, START, END, "18"))
                .expectException(refusedWith(CourseSessionAlreadyScheduled.class))
                .expectNoEvents();
    }

    @Test
    void a_session_number_the_course_already_has_is_refused() {
        fixture.given(CREATED, SESSION_1_SCHEDULED)
                .when(schedule(new CourseSessionId("another"), 1, START, END, "18"))
                .expectException(refusedWith(SessionNumberTaken.class))
                .expectNoEvents();
    }

    @Test
    void a_session_ending_before_it_starts_is_refused() {
        fixture.given(CREATED)
                .when(schedule(SESSION_1, 1, END, START, "18"))
                .expectException(refusedWith(TrainingEndsBeforeStart.class));
    }

    @Test
    void zero_hours_are_refused() {
        fixture.given(CREATED)
                .when(schedule(SESSION_1, 1, START, END, "0"))
                .expectException(refusedWith(ImplausibleTrainingHours.class));
    }

    @Test
    void more_than_twelve_hours_a_day_are_refused_and_exactly_twelve_are_accepted() {
        fixture.given(CREATED)
                .when(schedule(SESSION_1, 1, START, END, "36.5"))
                .expectException(refusedWith(ImplausibleTrainingHours.class));
        fixture.given(CREATED).when(schedule(SESSION_1, 1, START, END, "36")).expectSuccessfulHandlerExecution();
    }

    @Test
    void a_buddhist_era_year_in_the_dates_is_refused() {
        fixture.given(CREATED)
                .when(schedule(SESSION_1, 1, START.withYear(2569), END, "18"))
                .expectException(refusedWith(BuddhistEraYearGiven.class));
    }

    @Test
    void a_session_number_below_one_is_refused_by_the_command_shape() {
        assertThatThrownBy(() -> fixture.given(CREATED).when(schedule(SESSION_1, 0, START, END, "18")))
                .isInstanceOf(JSR303ViolationException.class)
                .hasMessageContaining("The session number must be positive");
    }

    static ScheduleCourseSession schedule(
            CourseSessionId sessionId, int number, LocalDate start, LocalDate end, String hours) {
        return new ScheduleCourseSession(
                COURSE, sessionId, number, start, end, new BigDecimal(hours), TRAINERS, " โรงแรมบีพี สมิหลา บีช ");
    }
}

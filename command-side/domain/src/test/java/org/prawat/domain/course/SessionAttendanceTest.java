package org.prawat.domain.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.prawat.domain.course.CourseAttendanceTest.SESSION_1_PASSED;
import static org.prawat.domain.course.CourseTest.COURSE;
import static org.prawat.domain.course.CourseTest.END;
import static org.prawat.domain.course.CourseTest.PROVIDER;
import static org.prawat.domain.course.CourseTest.SESSION_1;
import static org.prawat.domain.course.CourseTest.START;
import static org.prawat.domain.course.CourseTest.TITLE;
import static org.prawat.domain.course.CourseTest.TRAINERS;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.junit.jupiter.api.Test;
import org.prawat.api.course.AttendeeCannotBeRecorded;
import org.prawat.api.course.CourseSessionId;
import org.prawat.api.course.SessionAttendanceRecorded;
import org.prawat.api.employee.CaseFileClosed;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.employee.UnknownEmployee;
import org.prawat.api.training.DevelopmentArea;
import org.prawat.api.training.RecordTraining;
import org.prawat.api.training.TrainingAlreadyRecorded;
import org.prawat.api.training.TrainingKind;
import org.prawat.api.training.TrainingOutcome;
import org.prawat.domain.TestClock;
import org.prawat.domain.employee.CaseFilesAhead;

class SessionAttendanceTest {

    private static final EmployeeId WITTAYA = new EmployeeId("wittaya");
    private static final EmployeeId SOMSRI = new EmployeeId("somsri");
    private static final EmployeeId ANONG = new EmployeeId("anong");

    private final RecordingCommandGateway gateway = new RecordingCommandGateway();
    private final SessionAttendance attendance = new SessionAttendance(gateway, CaseFilesAhead.NONE);

    @Test
    void every_attendee_gets_one_record_of_the_session_with_the_courses_facts() {
        attendance.on(recorded(WITTAYA, SOMSRI, ANONG));

        assertThat(gateway.sent).hasSize(3).allSatisfy(command -> {
            var training = ((RecordTraining) command).training();
            assertThat(training.courseTitle()).isEqualTo(TITLE);
            assertThat(training.provider()).isEqualTo(PROVIDER);
            assertThat(training.kind()).isEqualTo(TrainingKind.ORIENTATION);
            assertThat(training.area()).isEqualTo(DevelopmentArea.PERSONAL_QUALITIES);
            assertThat(training.startDate()).isEqualTo(START);
            assertThat(training.endDate()).isEqualTo(END);
            assertThat(training.hours()).isEqualByComparingTo(new BigDecimal("18"));
            assertThat(training.trainers()).isEqualTo(TRAINERS);
            assertThat(training.outcome()).isEqualTo(TrainingOutcome.PASSED);
        });
        assertThat(gateway.sent)
                .extracting(command -> ((RecordTraining) command).employeeId())
                .containsExactlyInAnyOrder(WITTAYA, SOMSRI, ANONG);
    }

    @Test
    void each_record_has_a_training_id_derived_from_the_session_and_the_attendee() {
        attendance.on(recorded(WITTAYA, SOMSRI));

        assertThat(gateway.sent)
                .extracting(command -> ((RecordTraining) command).trainingId())
                .containsExactlyInAnyOrder(SESSION_1.trainingIdFor(WITTAYA), SESSION_1.trainingIdFor(SOMSRI));
        assertThat(SESSION_1.trainingIdFor(WITTAYA))
                .isEqualTo(new CourseSessionId(SESSION_1.value()).trainingIdFor(new EmployeeId("wittaya")))
                .isNotEqualTo(SESSION_1.trainingIdFor(SOMSRI))
                .isNotEqualTo(new CourseSessionId("orientation-pao-2").trainingIdFor(WITTAYA));
    }

    @Test
    void case_files_are_asked_in_employee_id_order_so_concurrent_sessions_lock_them_alike() {
        attendance.on(recorded(WITTAYA, SOMSRI, ANONG));

        assertThat(gateway.sent)
                .extracting(command -> ((RecordTraining) command).employeeId())
                .containsExactly(ANONG, SOMSRI, WITTAYA);
    }

    @Test
    void attendees_without_a_case_file_or_who_have_left_refuse_the_whole_session_by_name() {
        gateway.refusing(SOMSRI, new AggregateNotFoundException("somsri", "no events"))
                .refusing(WITTAYA, new CaseFileClosed(LocalDate.of(2026, 9, 30)));

        assertThatThrownBy(() -> attendance.on(recorded(WITTAYA, SOMSRI, ANONG)))
                .isInstanceOfSatisfying(AttendeeCannotBeRecorded.class, refused -> {
                    assertThat(refused.refusals()).containsOnlyKeys(SOMSRI, WITTAYA);
                    assertThat(refused.refusals().get(SOMSRI)).isInstanceOf(UnknownEmployee.class);
                    assertThat(refused.refusals().get(WITTAYA)).isInstanceOf(CaseFileClosed.class);
                    assertThat(refused.thai()).contains("somsri", "wittaya", "พ้นจากตำแหน่ง");
                    assertThat(refused.english()).contains("somsri", "wittaya", "left service");
                });
        assertThat(gateway.sent)
                .as("every case file was asked, to name all who refuse")
                .hasSize(3);
    }

    @Test
    void a_training_already_in_a_case_file_is_a_repeat_and_refuses_the_session() {
        gateway.refusing(ANONG, new TrainingAlreadyRecorded(SESSION_1.trainingIdFor(ANONG)));

        assertThatThrownBy(() -> attendance.on(recorded(ANONG)))
                .isInstanceOfSatisfying(AttendeeCannotBeRecorded.class, refused -> assertThat(refused.refusals())
                        .containsOnlyKeys(ANONG));
    }

    @Test
    void a_failure_that_is_no_business_refusal_is_passed_on_unchanged() {
        var databaseDown = new IllegalStateException("connection refused");
        gateway.refusing(ANONG, databaseDown);

        assertThatThrownBy(() -> attendance.on(recorded(ANONG, WITTAYA))).isSameAs(databaseDown);
    }

    private static SessionAttendanceRecorded recorded(EmployeeId... attendees) {
        return new SessionAttendanceRecorded(
                COURSE, SESSION_1, List.of(attendees), TrainingOutcome.PASSED, TestClock.TODAY, SESSION_1_PASSED);
    }
}

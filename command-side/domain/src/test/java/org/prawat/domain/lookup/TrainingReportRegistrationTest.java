package org.prawat.domain.lookup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.prawat.api.correction.CorrectionDetails;
import org.prawat.api.correction.RecordKind;
import org.prawat.api.correction.RecordRetracted;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.knowledge.TrainingReportRef;
import org.prawat.api.training.TrainingId;
import org.prawat.api.training.TrainingReportSubmitted;

class TrainingReportRegistrationTest {

    private static final EmployeeId WITTAYA = new EmployeeId("wittaya");
    private static final TrainingId ORIENTATION = new TrainingId("orientation-2567");
    private static final TrainingReportRef REPORT = new TrainingReportRef(WITTAYA, ORIENTATION);
    private static final TrainingReportSubmitted SUBMITTED = new TrainingReportSubmitted(
            WITTAYA,
            ORIENTATION,
            "หัวใจการให้บริการ: ทำให้ผู้อื่นมีสุขและตนเองก็เกิดสุขด้วย",
            "นำไปปรับปรุงงานบริการประชาชนที่จุดบริการเบ็ดเสร็จ",
            LocalDate.of(2024, 2, 20));
    private static final CorrectionDetails DETAILS =
            new CorrectionDetails("บันทึกผิดคน", "บันทึกข้อความ กจ. 12/2567", "นางสาวสุภาพร ศรีสุข");

    private final InMemoryTrainingReportDirectory reports = new InMemoryTrainingReportDirectory();
    private final TrainingReportRegistration registration = new TrainingReportRegistration(reports);

    @Test
    void a_submitted_report_stands() {
        registration.on(SUBMITTED);

        assertThat(reports.isStanding(REPORT)).isTrue();
        assertThat(reports.isStanding(new TrainingReportRef(new EmployeeId("somsri"), ORIENTATION)))
                .as("the same training id in another case file")
                .isFalse();
    }

    @Test
    void the_same_report_handled_twice_is_registered_once() {
        registration.on(SUBMITTED);
        registration.on(SUBMITTED);

        assertThat(reports.size()).isEqualTo(1);
    }

    @Test
    void a_report_no_longer_stands_once_its_training_is_retracted() {
        registration.on(SUBMITTED);
        registration.on(new RecordRetracted(WITTAYA, ORIENTATION.value(), RecordKind.TRAINING, DETAILS, null));

        assertThat(reports.isStanding(REPORT)).isFalse();
    }

    @Test
    void retracting_an_evaluation_with_the_same_id_leaves_the_report_standing() {
        registration.on(SUBMITTED);
        registration.on(new RecordRetracted(WITTAYA, ORIENTATION.value(), RecordKind.EVALUATION, DETAILS, null));

        assertThat(reports.isStanding(REPORT)).isTrue();
    }
}

package org.prawat.query.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.prawat.api.correction.CorrectionRequestRejected;
import org.prawat.api.employee.EmployeeTransferred;
import org.prawat.api.training.TrainingRecorded;

class PayloadBusinessDateTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void a_training_is_dated_by_its_first_day_found_inside_the_training() throws Exception {
        var payload = JSON.readTree(
                """
                {"employeeId":"e-1","trainingId":"t-1","training":{"kind":"TRAINING",
                 "courseTitle":"หลักสูตรนักบริหารงานท้องถิ่น","startDate":"2024-10-01","endDate":"2024-10-03"}}""");

        assertThat(PayloadBusinessDate.of(TrainingRecorded.class.getName(), payload))
                .contains(LocalDate.of(2024, 10, 1));
    }

    @Test
    void a_transfer_is_dated_by_the_day_it_takes_effect() throws Exception {
        var payload = JSON.readTree(
                """
                {"employeeId":"e-1","fromUnitId":"u-1","toUnitId":"u-2","orderNumber":"คำสั่ง อบจ.สงขลา ที่ 512/2568",
                 "effectiveOn":"2025-06-01"}""");

        assertThat(PayloadBusinessDate.of(EmployeeTransferred.class, payload)).contains(LocalDate.of(2025, 6, 1));
    }

    @Test
    void an_event_naming_no_date_and_a_type_no_longer_known_have_none() throws Exception {
        var rejected = JSON.readTree(
                """
                {"employeeId":"e-1","requestId":"r-1","reason":"ไม่มีหลักฐาน","rejectedBy":"hr.somsri"}""");

        assertThat(PayloadBusinessDate.of(CorrectionRequestRejected.class, rejected))
                .isEmpty();
        assertThat(PayloadBusinessDate.of("org.prawat.api.gone.SomethingHappened", rejected))
                .isEmpty();
    }
}

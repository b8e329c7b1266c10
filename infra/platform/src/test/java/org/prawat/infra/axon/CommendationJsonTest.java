package org.prawat.infra.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;
import org.prawat.api.commendation.BonusGranted;
import org.prawat.api.commendation.CommendationId;
import org.prawat.api.commendation.GrantBonus;
import org.prawat.api.commendation.SalaryStepIncreaseGranted;
import org.prawat.api.correction.CommendationCorrected;
import org.prawat.api.correction.CorrectCommendation;
import org.prawat.api.correction.CorrectionDetails;
import org.prawat.api.correction.CorrectionRequestId;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.evaluation.EvaluationId;
import org.prawat.api.evaluation.FiscalYear;

/**
 * A commendation's kind travels in JSON wherever the field is typed by the sealed interface (a
 * correction's content, a client's corrected grant) and nowhere else, so the commendation events
 * keep the shape they were stored in.
 */
class CommendationJsonTest {

    private static final EmployeeId MALAI = new EmployeeId("malai");
    private static final CommendationId INCREASE = new CommendationId("commendation-1");
    private static final CorrectionDetails DETAILS = new CorrectionDetails(
            "คำสั่งเลื่อน 1 ขั้น ไม่ใช่ 0.5 ขั้น", "คำสั่งเทศบาลเมืองแม่เหียะ ที่ 845/2568", "นางสาวสุภาพร ศรีสุข");

    private final ObjectMapper json = new AxonConfiguration().defaultAxonObjectMapper();
    private final JacksonSerializer serializer =
            JacksonSerializer.builder().objectMapper(json).build();

    @Test
    void a_commendation_correction_round_trips_through_the_axon_serializer_with_both_kinds() {
        var correction = new CommendationCorrected(
                MALAI,
                INCREASE,
                increase(new BigDecimal("0.5")),
                increase(BigDecimal.ONE),
                DETAILS,
                new CorrectionRequestId("request-1"));

        SerializedObject<String> stored = serializer.serialize(correction, String.class);

        assertThat(stored.getData()).contains("\"kind\":\"SalaryStepIncreaseGranted\"");
        assertThat((Object) serializer.deserialize(stored)).isEqualTo(correction);
    }

    @Test
    void a_commendation_event_stored_on_its_own_carries_no_kind_and_reads_back() {
        var bonus = new BonusGranted(
                MALAI,
                INCREASE,
                new BigDecimal("25400.00"),
                new FiscalYear(2568),
                "512/2568",
                LocalDate.of(2025, 10, 15));

        SerializedObject<String> stored = serializer.serialize(bonus, String.class);

        assertThat(stored.getData()).doesNotContain("kind");
        assertThat((Object) serializer.deserialize(stored)).isEqualTo(bonus);
    }

    @Test
    void a_client_sends_the_corrected_grant_with_its_kind() throws Exception {
        var body =
                """
                {"employeeId": "malai", "commendationId": "commendation-1",
                 "corrected": {"kind": "GrantBonus", "employeeId": "malai", "commendationId": "commendation-1",
                               "amount": 25400, "fiscalYear": 2568, "orderNumber": "512/2568",
                               "awardedOn": "2025-10-15"},
                 "details": {"reason": "จำนวนเงินผิด", "evidenceReference": "คำสั่งที่ 512/2568",
                             "approvedBy": "นางสาวสุภาพร ศรีสุข"}}
                """;

        var command = json.readValue(body, CorrectCommendation.class);

        assertThat(command.corrected())
                .isEqualTo(new GrantBonus(
                        MALAI,
                        INCREASE,
                        new BigDecimal("25400"),
                        new FiscalYear(2568),
                        "512/2568",
                        LocalDate.of(2025, 10, 15)));
    }

    @Test
    void a_grant_sent_as_its_own_command_needs_no_kind() throws Exception {
        var body =
                """
                {"employeeId": "malai", "commendationId": "commendation-1", "amount": 25400,
                 "fiscalYear": 2568, "orderNumber": "512/2568", "awardedOn": "2025-10-15"}
                """;

        assertThat(json.readValue(body, GrantBonus.class).amount()).isEqualByComparingTo("25400");
    }

    @Test
    void a_corrected_grant_of_an_unknown_kind_is_not_read() {
        var body =
                """
                {"employeeId": "malai", "commendationId": "commendation-1",
                 "corrected": {"kind": "GrantPromotion", "employeeId": "malai"}}
                """;

        assertThatThrownBy(() -> json.readValue(body, CorrectCommendation.class))
                .isInstanceOf(InvalidTypeIdException.class)
                .hasMessageContaining("GrantPromotion");
    }

    private static SalaryStepIncreaseGranted increase(BigDecimal steps) {
        return new SalaryStepIncreaseGranted(
                MALAI,
                INCREASE,
                steps,
                null,
                new EvaluationId("eval-2-2568"),
                "คำสั่งเทศบาลเมืองแม่เหียะ ที่ 845/2568",
                LocalDate.of(2025, 10, 15),
                LocalDate.of(2025, 10, 1));
    }
}

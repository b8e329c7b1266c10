package org.prawat.query.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.prawat.query.timeline.TimelineTestData.CERTIFICATE;
import static org.prawat.query.timeline.TimelineTestData.CORRECTED_AT;
import static org.prawat.query.timeline.TimelineTestData.COURSE;
import static org.prawat.query.timeline.TimelineTestData.EVALUATION;
import static org.prawat.query.timeline.TimelineTestData.HR_DIVISION;
import static org.prawat.query.timeline.TimelineTestData.MAEHIA;
import static org.prawat.query.timeline.TimelineTestData.MINISTRY;
import static org.prawat.query.timeline.TimelineTestData.ORIENTATION;
import static org.prawat.query.timeline.TimelineTestData.SONGKHLA_PAO;
import static org.prawat.query.timeline.TimelineTestData.SUPAPORN;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.Test;
import org.prawat.api.correction.CorrectionDetails;
import org.prawat.api.correction.EvaluationCorrected;
import org.prawat.api.evaluation.EvaluationLevel;
import org.prawat.api.evaluation.EvaluationResult;
import org.prawat.api.history.EntryStatus;
import org.prawat.api.history.TimelineEntryKind;
import org.prawat.api.training.TrainingRecorded;
import org.prawat.query.projection.InMemoryDocuments;

class CaseHistoryFoldTest {

    @Test
    void every_record_of_the_case_file_becomes_one_entry_newest_business_date_first() {
        var entries = entries(fold(TimelineTestData.unitsAndCaseFile().events()));

        assertThat(entries)
                .extracting(TimelineEntryDocument::kind)
                .containsExactly(
                        TimelineEntryKind.POSITION_CHANGE,
                        TimelineEntryKind.TRANSFER,
                        TimelineEntryKind.CERTIFICATE_OF_HONOUR,
                        TimelineEntryKind.EVALUATION,
                        TimelineEntryKind.TRAINING,
                        TimelineEntryKind.TRAINING_REPORT,
                        TimelineEntryKind.TRAINING,
                        TimelineEntryKind.REGISTRATION);
        assertThat(entries)
                .extracting(TimelineEntryDocument::entryId)
                .contains(
                        ORIENTATION.value(),
                        ORIENTATION.value() + ":report",
                        COURSE.value(),
                        EVALUATION.value(),
                        CERTIFICATE.value(),
                        SUPAPORN.value() + ":supaporn-event-4");
    }

    @Test
    void a_corrected_training_says_the_corrected_hours_and_keeps_the_original_struck_through() {
        var orientation = entry(fold(TimelineTestData.unitsAndCaseFile().events()), ORIENTATION.value());

        assertThat(orientation.status()).isEqualTo(EntryStatus.CORRECTED);
        assertThat(orientation.details()).containsEntry("hours", "21");
        assertThat(orientation.corrections()).singleElement().satisfies(correction -> {
            assertThat(correction.previousDetails()).containsEntry("hours", "18");
            assertThat(correction.previousTitle()).isEqualTo("ปฐมนิเทศ: กลยุทธ์การทำงานร่วมกันสู่ความเป็นเลิศ");
            assertThat(correction.reason()).isEqualTo("วุฒิบัตรระบุ 21 ชั่วโมง");
            assertThat(correction.recordedAt()).isEqualTo(CORRECTED_AT);
            assertThat(correction.retraction()).isFalse();
        });
        assertThat(orientation.recordedAt()).as("first recorded").isEqualTo(Instant.parse("2024-09-26T02:00:00Z"));
    }

    @Test
    void the_fiscal_year_is_the_buddhist_era_year_starting_on_1_october_of_the_business_date() {
        var fold = fold(TimelineTestData.unitsAndCaseFile().events());

        assertThat(entry(fold, ORIENTATION.value()).fiscalYear())
                .as("ended 25 Sep 2024")
                .isEqualTo(2567);
        assertThat(entry(fold, COURSE.value()).fiscalYear())
                .as("ended 3 Oct 2024")
                .isEqualTo(2568);
        assertThat(new EntryContent(TimelineEntryKind.TRAINING, LocalDate.of(2024, 10, 1), "", "", Map.of())
                        .fiscalYearValue())
                .isEqualTo(2568);
        assertThat(new EntryContent(TimelineEntryKind.TRAINING, LocalDate.of(2024, 9, 30), "", "", Map.of())
                        .fiscalYearValue())
                .isEqualTo(2567);
    }

    @Test
    void after_a_transfer_and_a_new_level_every_entry_names_the_unit_and_level_of_now() {
        var entries = entries(fold(TimelineTestData.unitsAndCaseFile().events()));

        assertThat(entries).allSatisfy(entry -> {
            assertThat(entry.unitId()).isEqualTo(MAEHIA.value());
            assertThat(entry.unitPath()).containsExactly(MINISTRY.value(), MAEHIA.value());
            assertThat(entry.positionLevel()).isEqualTo("ชำนาญการ");
            assertThat(entry.employeeName()).isEqualTo("นางสาวสุภาพร ศรีสุข");
        });
    }

    @Test
    void before_the_transfer_the_entries_name_the_division_under_the_provincial_organisation() {
        var beforeTransfer = TimelineTestData.unitsAndCaseFile().events().subList(0, 12);

        assertThat(entries(fold(beforeTransfer))).allSatisfy(entry -> assertThat(entry.unitPath())
                .containsExactly(MINISTRY.value(), SONGKHLA_PAO.value(), HR_DIVISION.value()));
    }

    @Test
    void a_retracted_commendation_stays_in_the_history_struck_through() {
        var log = TimelineTestData.unitsAndCaseFile()
                .at(Instant.parse("2025-11-01T02:00:00Z"), TimelineTestData.certificateRetracted());

        var certificate = entry(fold(log.events()), CERTIFICATE.value());

        assertThat(certificate.status()).isEqualTo(EntryStatus.RETRACTED);
        assertThat(certificate.title()).startsWith("เกียรติบัตร: ");
        assertThat(certificate.corrections())
                .singleElement()
                .satisfies(retraction -> assertThat(retraction.retraction()).isTrue());
    }

    @Test
    void a_corrected_evaluation_gets_its_new_level_and_keeps_the_reviewers_agreement() {
        var corrected = new EvaluationResult(
                new BigDecimal("85"),
                70,
                new BigDecimal("88"),
                30,
                new BigDecimal("85.90"),
                EvaluationLevel.VERY_GOOD,
                "2560",
                "นายไพเจน มากสุวรรณ์",
                LocalDate.of(2025, 3, 28),
                "");
        var log = TimelineTestData.unitsAndCaseFile()
                .at(
                        Instant.parse("2025-11-01T02:00:00Z"),
                        new EvaluationCorrected(
                                SUPAPORN,
                                EVALUATION,
                                null,
                                corrected,
                                new CorrectionDetails(
                                        "คะแนนผลสัมฤทธิ์คำนวณผิด", "บันทึกข้อความ สข 0023/88", "นายก อบจ."),
                                null));

        var evaluation = entry(fold(log.events()), EVALUATION.value());

        assertThat(evaluation.evaluationLevel()).isEqualTo(EvaluationLevel.VERY_GOOD);
        assertThat(evaluation.title()).isEqualTo("ประเมินผลการปฏิบัติราชการ รอบที่ 1/2568: ดีมาก");
        assertThat(evaluation.details())
                .containsEntry("total", "85.90")
                .containsEntry("reviewerName", "นายสุทธิพงษ์ จุลเจริญ");
        assertThat(evaluation.corrections()).singleElement().satisfies(correction -> assertThat(
                        correction.previousDetails())
                .containsEntry("level", "OUTSTANDING"));
    }

    @Test
    void folding_the_same_events_again_changes_nothing() {
        var events = TimelineTestData.unitsAndCaseFile().events();
        var fold = fold(events);
        var once = entries(fold);

        fold.apply(events);

        assertThat(entries(fold)).isEqualTo(once);
    }

    @Test
    void a_replayed_training_event_does_not_undo_its_later_correction() {
        var events = TimelineTestData.unitsAndCaseFile().events();
        var recorded = events.stream()
                .filter(event -> event.getPayload() instanceof TrainingRecorded)
                .findFirst()
                .orElseThrow();
        var fold = fold(events);

        fold.apply(List.of(recorded));

        assertThat(entry(fold, ORIENTATION.value()).details()).containsEntry("hours", "21");
    }

    @Test
    void a_unit_moved_elsewhere_takes_its_people_and_their_entries_along() {
        var beforeTransfer = TimelineTestData.unitsAndCaseFile().events().subList(0, 12);
        var moved = new TimelineTestData.EventLog("hr", beforeTransfer.size())
                .at(Instant.parse("2025-07-01T02:00:00Z"), TimelineTestData.hrDivisionMovedUnderMaehia())
                .events();
        var fold = fold(beforeTransfer);

        fold.apply(moved);

        assertThat(fold.person(SUPAPORN.value()).orElseThrow().unitPath())
                .containsExactly(MINISTRY.value(), MAEHIA.value(), HR_DIVISION.value());
        assertThat(entries(fold)).hasSize(6).allSatisfy(entry -> assertThat(entry.unitPath())
                .containsExactly(MINISTRY.value(), MAEHIA.value(), HR_DIVISION.value()));
    }

    @Test
    void the_case_file_shows_the_national_id_masked_never_in_full() {
        var fold = fold(TimelineTestData.unitsAndCaseFile().events());
        var person = fold.person(SUPAPORN.value()).orElseThrow();

        var history = person.history(fold.entries(person));

        assertThat(history.nationalIdMasked()).isEqualTo("x-xxxx-xxxxx-x5-3");
        assertThat(history.toString()).doesNotContain("1103700123453");
    }

    private static CaseHistoryFold fold(List<DomainEventMessage<?>> events) {
        return new CaseHistoryFold(new InMemoryDocuments()).apply(events);
    }

    private static List<TimelineEntryDocument> entries(CaseHistoryFold fold) {
        return fold.entries(fold.person(SUPAPORN.value()).orElseThrow());
    }

    private static TimelineEntryDocument entry(CaseHistoryFold fold, String entryId) {
        return entries(fold).stream()
                .filter(entry -> entry.entryId().equals(entryId))
                .findFirst()
                .orElseThrow();
    }
}

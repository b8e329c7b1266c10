package org.prawat.ui.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.prawat.ui.casefile.CaseFileTestData.entry;
import static org.prawat.ui.casefile.CaseFileTestData.evaluation;
import static org.prawat.ui.casefile.CaseFileTestData.training;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.prawat.api.evaluation.EvaluationLevel;
import org.prawat.api.history.CaseHistory;
import org.prawat.api.history.EntryStatus;
import org.prawat.api.history.TimelineEntryKind;
import org.prawat.ui.i18n.PrawatTranslations;
import org.prawat.ui.views.ViewTest;

class CaseFileChartsTest extends ViewTest {

    private final CaseHistory history = CaseFileTestData.history(List.of(
            training("t-digital", LocalDate.of(2025, 2, 3), "การพัฒนาทักษะดิจิทัลสำหรับบุคลากรท้องถิ่น", "12"),
            training("t-service", LocalDate.of(2024, 11, 20), "บริการประชาชนด้วยใจ", "6.5"),
            training("t-orientation", LocalDate.of(2024, 9, 25), "ปฐมนิเทศ", "21"),
            entry(
                    "t-retracted",
                    TimelineEntryKind.TRAINING,
                    LocalDate.of(2025, 12, 1),
                    "อบรมซ้ำ",
                    Map.of("hours", "40"),
                    EntryStatus.RETRACTED,
                    List.of(),
                    null),
            evaluation(LocalDate.of(2025, 3, 31), "1", 2568, EvaluationLevel.VERY_GOOD),
            evaluation(LocalDate.of(2024, 9, 30), "2", 2567, EvaluationLevel.OUTSTANDING)));

    @Test
    void training_hours_are_summed_per_buddhist_era_fiscal_year_leaving_out_retracted_ones() {
        String svg = new CaseFileCharts(history).trainingHoursSvg(history);

        assertThat(svg)
                .startsWith("<svg")
                .contains(">2567<", ">2568<", ">21<", ">18.5<")
                .contains("ชั่วโมงการพัฒนาต่อปีงบประมาณ")
                .doesNotContain(">2569<");
    }

    @Test
    void evaluation_levels_are_shown_per_round_by_their_thai_names() {
        String svg = new CaseFileCharts(history).evaluationLevelsSvg(history);

        assertThat(svg).contains("2/2567", "1/2568", "ดีเด่น", "ดีมาก", "ระดับผลการประเมินแต่ละรอบ");
    }

    @Test
    void the_charts_speak_english_when_the_user_does() {
        speak(PrawatTranslations.ENGLISH);
        var charts = new CaseFileCharts(history);

        assertThat(charts.trainingHoursSvg(history))
                .contains("Training hours per fiscal year", "Fiscal year (B.E.)")
                .doesNotContain("ชั่วโมง");
        assertThat(charts.evaluationLevelsSvg(history)).contains("Very good", "Outstanding");
    }

    @Test
    void a_case_file_without_trainings_says_so_instead_of_an_empty_chart() {
        var none = CaseFileTestData.history(List.of());
        var charts = new CaseFileCharts(none);

        assertThat(charts.trainingHoursSvg(none)).isNull();
        assertThat(charts.getElement().getTextRecursively()).contains("ยังไม่มีข้อมูล");
    }
}

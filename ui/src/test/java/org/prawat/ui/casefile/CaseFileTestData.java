package org.prawat.ui.casefile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.employee.PersonnelType;
import org.prawat.api.evaluation.EvaluationLevel;
import org.prawat.api.evaluation.FiscalYear;
import org.prawat.api.history.CaseHistory;
import org.prawat.api.history.EntryCorrection;
import org.prawat.api.history.EntryStatus;
import org.prawat.api.history.TimelineEntry;
import org.prawat.api.history.TimelineEntryKind;
import org.prawat.api.organisation.OrganisationUnitId;

/** The case file of นางสาวสุภาพร ศรีสุข of อบจ.สงขลา as the case file view is given it. */
final class CaseFileTestData {

    static final EmployeeId SUPAPORN = new EmployeeId("supaporn");
    static final OrganisationUnitId HR_DIVISION = new OrganisationUnitId("u-songkhla-hr");
    static final String NAME = "นางสาวสุภาพร ศรีสุข";
    static final String ORIENTATION_TITLE = "ปฐมนิเทศ: บริการประชาชนด้วยใจ อบจ.สงขลายุคใหม่";
    static final String ORIENTATION_OLD_TITLE = "ปฐมนิเทศ: บริการประชาชนด้วยใจ";

    private CaseFileTestData() {}

    /** Appointed 12 years and 2 months before {@code today}. */
    static CaseHistory caseFile(LocalDate today) {
        LocalDate appointed = today.minusYears(12).minusMonths(2);
        return history(List.of(
                evaluation(LocalDate.of(2025, 3, 31), "1", 2568, EvaluationLevel.VERY_GOOD),
                retractedTraining(),
                orientation(),
                entry(
                        "supaporn:e1",
                        TimelineEntryKind.REGISTRATION,
                        appointed,
                        "บรรจุแต่งตั้ง: นักทรัพยากรบุคคล ปฏิบัติการ",
                        Map.of("position", "นักทรัพยากรบุคคล", "level", "ปฏิบัติการ"),
                        EntryStatus.ACTIVE,
                        List.of(),
                        null)));
    }

    static CaseHistory history(List<TimelineEntry> entries) {
        return new CaseHistory(
                SUPAPORN,
                NAME,
                "นักทรัพยากรบุคคล",
                "ชำนาญการ",
                PersonnelType.PROVINCIAL_STAFF,
                HR_DIVISION,
                "x-xxxx-xxxxx-x5-3",
                entries);
    }

    /** A training whose hours were corrected from 18 to 21 on the certificate's evidence. */
    static TimelineEntry orientation() {
        var correction = new EntryCorrection(
                Instant.parse("2025-01-10T03:00:00Z"),
                false,
                "วุฒิบัตรระบุ 21 ชั่วโมง",
                "วุฒิบัตรเลขที่ สข 0032/2567",
                "hr.somsri",
                null,
                ORIENTATION_OLD_TITLE,
                Map.of("hours", "18", "provider", "องค์การบริหารส่วนจังหวัดสงขลา"));
        return entry(
                "t-orientation",
                TimelineEntryKind.TRAINING,
                LocalDate.of(2024, 9, 25),
                ORIENTATION_TITLE,
                Map.of("hours", "21", "provider", "องค์การบริหารส่วนจังหวัดสงขลา"),
                EntryStatus.CORRECTED,
                List.of(correction),
                null);
    }

    static TimelineEntry retractedTraining() {
        var retraction = new EntryCorrection(
                Instant.parse("2025-02-01T03:00:00Z"),
                true,
                "บันทึกซ้ำกับรายการเดิม",
                null,
                "hr.somsri",
                null,
                "อบรมการเขียนหนังสือราชการ",
                Map.of("hours", "6"));
        return entry(
                "t-duplicate",
                TimelineEntryKind.TRAINING,
                LocalDate.of(2024, 12, 12),
                "อบรมการเขียนหนังสือราชการ",
                Map.of("hours", "6"),
                EntryStatus.RETRACTED,
                List.of(retraction),
                null);
    }

    static TimelineEntry training(String id, LocalDate date, String title, String hours) {
        return entry(
                id,
                TimelineEntryKind.TRAINING,
                date,
                title,
                Map.of("hours", hours),
                EntryStatus.ACTIVE,
                List.of(),
                null);
    }

    static TimelineEntry evaluation(LocalDate date, String round, int fiscalYear, EvaluationLevel level) {
        return new TimelineEntry(
                "ev-" + round + "-" + fiscalYear,
                SUPAPORN,
                NAME,
                HR_DIVISION,
                PersonnelType.PROVINCIAL_STAFF,
                "ชำนาญการ",
                TimelineEntryKind.EVALUATION,
                date,
                date.atStartOfDay().toInstant(java.time.ZoneOffset.UTC),
                new FiscalYear(fiscalYear),
                "ประเมินผลการปฏิบัติราชการ รอบที่ " + round + "/" + fiscalYear,
                "",
                Map.of("round", round, "total", "88.50"),
                EntryStatus.ACTIVE,
                List.of(),
                level);
    }

    static TimelineEntry entry(
            String id,
            TimelineEntryKind kind,
            LocalDate date,
            String title,
            Map<String, String> details,
            EntryStatus status,
            List<EntryCorrection> corrections,
            EvaluationLevel level) {
        return new TimelineEntry(
                id,
                SUPAPORN,
                NAME,
                HR_DIVISION,
                PersonnelType.PROVINCIAL_STAFF,
                "ชำนาญการ",
                kind,
                date,
                date.atStartOfDay().toInstant(java.time.ZoneOffset.UTC),
                FiscalYear.containing(date),
                title,
                "",
                details,
                status,
                corrections,
                level);
    }
}

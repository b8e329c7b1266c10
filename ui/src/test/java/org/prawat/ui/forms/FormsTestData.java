package org.prawat.ui.forms;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.employee.PersonnelType;
import org.prawat.api.evaluation.EvaluationLevel;
import org.prawat.api.evaluation.FiscalYear;
import org.prawat.api.history.CaseHistory;
import org.prawat.api.history.EntryStatus;
import org.prawat.api.history.Scope;
import org.prawat.api.history.TimelineEntry;
import org.prawat.api.history.TimelineEntryKind;
import org.prawat.api.organisation.OrganisationUnitId;
import org.prawat.api.security.Role;
import org.prawat.ui.session.CurrentUser;

/** A case file of a sub-district official, with the entries the forms correct, and the users who act on it. */
final class FormsTestData {

    static final EmployeeId SOMSRI = new EmployeeId("e-somsri");
    static final OrganisationUnitId FINANCE = new OrganisationUnitId("u-finance");
    static final OrganisationUnitId EDUCATION = new OrganisationUnitId("u-education");

    static final CurrentUser HR = new CurrentUser("wilai.hr", Role.HR_OFFICER, Scope.everything(), null);
    static final CurrentUser MANAGER =
            new CurrentUser("somchai.manager", Role.MANAGER, Scope.of(List.of(FINANCE)), null);
    static final CurrentUser AUDITOR = new CurrentUser("pranee.audit", Role.AUDITOR, Scope.everything(), null);
    static final CurrentUser OWNER = new CurrentUser("somsri.owner", Role.EMPLOYEE, Scope.everything(), SOMSRI);
    static final CurrentUser SOMEONE_ELSE =
            new CurrentUser("manee.owner", Role.EMPLOYEE, Scope.everything(), new EmployeeId("e-manee"));

    static final TimelineEntry TRAINING = entry(
            "t-budget",
            TimelineEntryKind.TRAINING,
            LocalDate.of(2025, 6, 12),
            "ฝึกอบรม: การจัดทำงบประมาณรายจ่ายประจำปีขององค์กรปกครองส่วนท้องถิ่น",
            Map.ofEntries(
                    Map.entry("kind", "TRAINING"),
                    Map.entry("courseTitle", "การจัดทำงบประมาณรายจ่ายประจำปีขององค์กรปกครองส่วนท้องถิ่น"),
                    Map.entry("provider", "สถาบันพัฒนาบุคลากรท้องถิ่น"),
                    Map.entry("trainers", "นายประเสริฐ ใจดี, นางสาวอรุณี แสงทอง"),
                    Map.entry("startDate", "2025-06-10"),
                    Map.entry("endDate", "2025-06-12"),
                    Map.entry("hours", "18"),
                    Map.entry("area", "JOB_SPECIFIC"),
                    Map.entry("outcome", "PASSED"),
                    Map.entry("certificateNumber", "สพบ. 0412/2568")),
            null);

    static final TimelineEntry EVALUATION = entry(
            "ev-2568-1",
            TimelineEntryKind.EVALUATION,
            LocalDate.of(2025, 3, 28),
            "ประเมินผลการปฏิบัติราชการ รอบที่ 1/2568: ดีมาก",
            Map.ofEntries(
                    Map.entry("fiscalYear", "2568"),
                    Map.entry("round", "1"),
                    Map.entry("achievementScore", "85"),
                    Map.entry("achievementWeight", "70"),
                    Map.entry("competencyScore", "80"),
                    Map.entry("competencyWeight", "30"),
                    Map.entry("total", "83.50"),
                    Map.entry("level", "VERY_GOOD"),
                    Map.entry("bandsVersion", "2560"),
                    Map.entry("evaluatorName", "นายสมชาย รักงาน"),
                    Map.entry("evaluatedOn", "2025-03-28"),
                    Map.entry("comments", "ปฏิบัติงานด้านการเงินได้ถูกต้องและตรงเวลา")),
            EvaluationLevel.VERY_GOOD);

    static final TimelineEntry BONUS = entry(
            "c-bonus-2567",
            TimelineEntryKind.BONUS,
            LocalDate.of(2024, 12, 20),
            "เงินรางวัลประจำปี ปีงบประมาณ 2567: 15,000 บาท",
            Map.of(
                    "amount", "15000",
                    "fiscalYear", "2567",
                    "orderNumber", "อบต. 512/2567",
                    "awardedOn", "2024-12-20"),
            null);

    static final TimelineEntry REGISTRATION = entry(
            "e-somsri:reg",
            TimelineEntryKind.REGISTRATION,
            LocalDate.of(2015, 5, 1),
            "บรรจุแต่งตั้ง: นักวิชาการเงินและบัญชี ปฏิบัติการ",
            Map.of(),
            null);

    static final CaseHistory CASE_FILE = new CaseHistory(
            SOMSRI,
            "นางสาวสมศรี ใจงาม",
            "นักวิชาการเงินและบัญชี",
            "ชำนาญการ",
            PersonnelType.SUBDISTRICT_STAFF,
            FINANCE,
            List.of(TRAINING, EVALUATION, BONUS, REGISTRATION));

    private FormsTestData() {}

    static TimelineEntry entry(
            String id,
            TimelineEntryKind kind,
            LocalDate date,
            String title,
            Map<String, String> details,
            EvaluationLevel level) {
        return new TimelineEntry(
                id,
                SOMSRI,
                "นางสาวสมศรี ใจงาม",
                FINANCE,
                PersonnelType.SUBDISTRICT_STAFF,
                "ชำนาญการ",
                kind,
                date,
                Instant.parse("2025-07-01T03:00:00Z"),
                FiscalYear.containing(date),
                title,
                title,
                details,
                EntryStatus.ACTIVE,
                List.of(),
                level);
    }

    static TimelineEntry retracted(TimelineEntry entry) {
        return new TimelineEntry(
                entry.entryId(),
                entry.employeeId(),
                entry.employeeName(),
                entry.unitId(),
                entry.personnelType(),
                entry.positionLevel(),
                entry.kind(),
                entry.businessDate(),
                entry.recordedAt(),
                entry.fiscalYear(),
                entry.title(),
                entry.text(),
                entry.details(),
                EntryStatus.RETRACTED,
                entry.corrections(),
                entry.evaluationLevel());
    }
}

package org.prawat.ui.team;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.employee.PersonnelType;
import org.prawat.api.evaluation.EvaluationLevel;
import org.prawat.api.evaluation.FiscalYear;
import org.prawat.api.history.EntryStatus;
import org.prawat.api.history.TimelineEntry;
import org.prawat.api.history.TimelineEntryKind;
import org.prawat.api.organisation.OrganisationUnitId;
import org.prawat.api.organisation.OrganisationUnitNode;

/** A district office with one subdistrict below it, and entries of one of its staff. */
final class TeamTestData {

    static final OrganisationUnitId PROVINCE = new OrganisationUnitId("u-khon-kaen");
    static final OrganisationUnitNode DISTRICT = new OrganisationUnitNode(
            new OrganisationUnitId("u-mueang"),
            "สำนักงานเทศบาลนครขอนแก่น",
            List.of(PROVINCE, new OrganisationUnitId("u-mueang")));
    static final OrganisationUnitNode SUBDISTRICT = new OrganisationUnitNode(
            new OrganisationUnitId("u-ban-pet"),
            "องค์การบริหารส่วนตำบลบ้านเป็ด",
            List.of(PROVINCE, DISTRICT.unitId(), new OrganisationUnitId("u-ban-pet")));
    static final EmployeeId EMPLOYEE = new EmployeeId("e-supaporn");

    private TeamTestData() {}

    static TimelineEntry training(String entryId, LocalDate date) {
        return entry(entryId, TimelineEntryKind.TRAINING, date, "หลักสูตรการบริหารงานบุคคลส่วนท้องถิ่น", null);
    }

    static TimelineEntry evaluation(String entryId, LocalDate date, EvaluationLevel level) {
        return entry(entryId, TimelineEntryKind.EVALUATION, date, "การประเมินผลการปฏิบัติงาน รอบที่ 2/2569", level);
    }

    private static TimelineEntry entry(
            String entryId, TimelineEntryKind kind, LocalDate date, String title, EvaluationLevel level) {
        return new TimelineEntry(
                entryId,
                EMPLOYEE,
                "นางสาวสุภาพร ศรีสุข",
                SUBDISTRICT.unitId(),
                PersonnelType.SUBDISTRICT_STAFF,
                "ปฏิบัติการ",
                kind,
                date,
                Instant.parse("2026-11-20T03:00:00Z"),
                FiscalYear.containing(date),
                title,
                "",
                Map.of(),
                EntryStatus.ACTIVE,
                List.of(),
                level);
    }
}

package org.prawat.bench.run;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import org.prawat.api.course.CourseId;
import org.prawat.api.course.CourseSessionId;
import org.prawat.api.course.CreateCourse;
import org.prawat.api.course.RecordSessionAttendance;
import org.prawat.api.course.ScheduleCourseSession;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.employee.NationalIds;
import org.prawat.api.employee.PersonnelType;
import org.prawat.api.employee.RegisterEmployee;
import org.prawat.api.organisation.CreateOrganisationUnit;
import org.prawat.api.organisation.OrganisationUnitId;
import org.prawat.api.organisation.UnitKind;
import org.prawat.api.training.DevelopmentArea;
import org.prawat.api.training.RecordTraining;
import org.prawat.api.training.Training;
import org.prawat.api.training.TrainingId;
import org.prawat.api.training.TrainingKind;
import org.prawat.api.training.TrainingOutcome;
import org.prawat.bench.data.BenchData;
import org.prawat.bench.data.CaseFile;
import org.prawat.bench.data.DataSize;

/**
 * A few hand-written case files for the smoke check while the generator is written elsewhere: an
 * อบจ. with two divisions, employees with a handful of trainings each, one long career, one
 * course session attended by everyone. Test scope only; new ids and national IDs every time, as
 * the test store outlives runs.
 */
final class HandWrittenCaseFiles implements BenchData {

    private static final List<String> FIRST_NAMES =
            List.of("สมชาย", "สุภาพร", "วิไลวรรณ", "ประเสริฐ", "กนกพร", "ธนากร");
    private static final List<String> LAST_NAMES =
            List.of("ใจดี", "ศรีสุข", "ทองมา", "แก้วมณี", "บุญเรือง", "จันทร์เพ็ญ");
    private static final List<String> COURSES = List.of(
            "การจัดทำแผนพัฒนาท้องถิ่น",
            "ภาวะผู้นำสำหรับนักบริหารท้องถิ่น",
            "การจัดซื้อจัดจ้างภาครัฐ",
            "ระบบบัญชีคอมพิวเตอร์");

    private final OrganisationUnitId ministry = OrganisationUnitId.random();
    private final OrganisationUnitId province = OrganisationUnitId.random();
    private final List<OrganisationUnitId> divisions =
            List.of(OrganisationUnitId.random(), OrganisationUnitId.random());
    private final CourseId course = CourseId.random();
    private final CourseSessionId session = CourseSessionId.random();
    private final List<CaseFile> caseFiles = new ArrayList<>();

    HandWrittenCaseFiles(int employees, int trainingsEach, int longCareer) {
        for (int i = 0; i < employees; i++) {
            caseFiles.add(caseFile(i, i == 0 ? longCareer : trainingsEach));
        }
    }

    @Override
    public DataSize size() {
        return DataSize.SMALL;
    }

    @Override
    public long seed() {
        return 0;
    }

    @Override
    public List<Object> unitManagers() {
        return List.of();
    }

    @Override
    public List<Object> organisation() {
        return List.of(
                new CreateOrganisationUnit(ministry, "กระทรวงมหาดไทย", UnitKind.MINISTRY, null),
                new CreateOrganisationUnit(province, "องค์การบริหารส่วนจังหวัดสงขลา", UnitKind.ORGANISATION, ministry),
                new CreateOrganisationUnit(divisions.get(0), "กองการเจ้าหน้าที่", UnitKind.DIVISION, province),
                new CreateOrganisationUnit(divisions.get(1), "กองคลัง", UnitKind.DIVISION, province));
    }

    @Override
    public List<Object> courses() {
        return List.of(
                new CreateCourse(
                        course,
                        COURSES.get(0),
                        "สถาบันพัฒนาบุคลากรท้องถิ่น",
                        TrainingKind.TRAINING,
                        DevelopmentArea.JOB_SPECIFIC,
                        null),
                new ScheduleCourseSession(
                        course,
                        session,
                        1,
                        LocalDate.of(2025, 6, 2),
                        LocalDate.of(2025, 6, 4),
                        new BigDecimal("18"),
                        List.of("ดร.วิทยาธร ท่อแก้ว"),
                        "ศาลากลางจังหวัดสงขลา"));
    }

    @Override
    public Stream<CaseFile> caseFiles() {
        return caseFiles.stream();
    }

    @Override
    public Stream<Object> attendance() {
        List<EmployeeId> everyone = caseFiles.stream().map(CaseFile::employeeId).toList();
        return Stream.of(new RecordSessionAttendance(course, session, everyone, TrainingOutcome.PASSED));
    }

    @Override
    public List<String> searchTerms() {
        return List.of("แผนพัฒนาท้องถิ่น", "ภาวะผู้นำ", "จัดซื้อจัดจ้าง", "บัญชี", "สงขลา");
    }

    private CaseFile caseFile(int n, int trainings) {
        var id = EmployeeId.random();
        var unit = divisions.get(n % divisions.size());
        List<Object> commands = new ArrayList<>();
        commands.add(new RegisterEmployee(
                id,
                nationalId(),
                n % 2 == 0 ? "นาย" : "นางสาว",
                FIRST_NAMES.get(n % FIRST_NAMES.size()),
                LAST_NAMES.get(n % LAST_NAMES.size()),
                PersonnelType.PROVINCIAL_STAFF,
                unit,
                "นักทรัพยากรบุคคล",
                "ชำนาญการ",
                LocalDate.of(1995, 10, 1)));
        for (int t = 0; t < trainings; t++) {
            LocalDate day = LocalDate.of(1996, 1, 15).plusDays(t * 20L);
            commands.add(new RecordTraining(
                    id,
                    TrainingId.random(),
                    new Training(
                            TrainingKind.TRAINING,
                            COURSES.get(t % COURSES.size()),
                            "สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดสงขลา",
                            List.of("นายสมศักดิ์ ใจดี"),
                            day,
                            day.plusDays(1),
                            new BigDecimal("12"),
                            DevelopmentArea.JOB_SPECIFIC,
                            TrainingOutcome.PASSED,
                            null,
                            null,
                            null)));
        }
        return new CaseFile(id, unit, commands, commands.size());
    }

    private static String nationalId() {
        var random = ThreadLocalRandom.current();
        String twelve = (1 + random.nextInt(8)) + String.format("%011d", random.nextLong(100_000_000_000L));
        return twelve + NationalIds.checkDigit(twelve);
    }
}

package org.prawat.domain.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.messaging.interceptors.BeanValidationInterceptor;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.employee.EmployeeRegistered;
import org.prawat.api.employee.PersonnelType;
import org.prawat.api.evaluation.FiscalYear;
import org.prawat.api.organisation.OrganisationUnitId;
import org.prawat.api.plan.DevelopmentPlanId;
import org.prawat.api.plan.DevelopmentPlanPrepared;
import org.prawat.api.plan.PlannedActivity;
import org.prawat.api.plan.PlannedActivityId;
import org.prawat.api.plan.PrepareDevelopmentPlan;
import org.prawat.api.training.DevelopmentArea;
import org.prawat.api.training.Training;
import org.prawat.api.training.TrainingId;
import org.prawat.api.training.TrainingKind;
import org.prawat.api.training.TrainingOutcome;
import org.prawat.api.training.TrainingRecorded;
import org.prawat.domain.TestClock;
import org.prawat.domain.employee.Employee;

/**
 * A พนักงานส่วนตำบล of อบต.ใหม่ (seed 003) with a plan for fiscal years 2568–2570, one activity a
 * year, and a training done in 2568. Shared by the plan tests.
 */
final class PlanTestData {

    static final EmployeeId PRANEE = new EmployeeId("pranee");
    static final DevelopmentPlanId PLAN = new DevelopmentPlanId("plan-2568-2570");
    static final FiscalYear FY2568 = new FiscalYear(2568);
    static final FiscalYear FY2569 = new FiscalYear(2569);
    static final FiscalYear FY2570 = new FiscalYear(2570);
    static final String APPROVED_BY = "นายกองค์การบริหารส่วนตำบลใหม่";
    static final LocalDate PREPARED = LocalDate.of(2024, 9, 16);
    static final EmployeeRegistered REGISTERED = new EmployeeRegistered(
            PRANEE,
            "1103700123453",
            "นาง",
            "ปราณี",
            "ทองมณี",
            PersonnelType.SUBDISTRICT_STAFF,
            new OrganisationUnitId("mai-sao-hr"),
            "นักทรัพยากรบุคคลปฏิบัติการ",
            null,
            LocalDate.of(2022, 4, 1));

    static final PlannedActivity DIGITAL_GOVERNMENT = activity(
            "digital-2568",
            DevelopmentArea.JOB_SPECIFIC,
            TrainingKind.TRAINING,
            "การพัฒนาระบบราชการส่วนท้องถิ่นสู่ยุค 4.0",
            FY2568,
            "18");
    static final PlannedActivity SMART_OFFICE_VISIT = activity(
            "smart-office-2569",
            DevelopmentArea.MANAGEMENT,
            TrainingKind.STUDY_VISIT,
            "ศึกษาดูงานสำนักงานอัจฉริยะ เทศบาลเมืองแม่เหียะ",
            FY2569,
            "12");
    static final PlannedActivity GOOD_GOVERNANCE = activity(
            "ethics-2570",
            DevelopmentArea.ETHICS,
            TrainingKind.SEMINAR,
            "คุณธรรม จริยธรรม และหลักธรรมาภิบาลในการปฏิบัติราชการ",
            FY2570,
            "6");

    static final PrepareDevelopmentPlan PREPARE = new PrepareDevelopmentPlan(
            PRANEE,
            PLAN,
            FY2568,
            List.of(DIGITAL_GOVERNMENT, SMART_OFFICE_VISIT, GOOD_GOVERNANCE),
            APPROVED_BY,
            PREPARED);
    static final DevelopmentPlanPrepared PREPARED_PLAN = new DevelopmentPlanPrepared(
            PRANEE,
            PLAN,
            FY2568,
            FY2570,
            List.of(DIGITAL_GOVERNMENT, SMART_OFFICE_VISIT, GOOD_GOVERNANCE),
            APPROVED_BY,
            PREPARED);

    static final TrainingId COLLABORATION = new TrainingId("collaboration-2568");
    static final TrainingRecorded TRAINED = new TrainingRecorded(
            PRANEE,
            COLLABORATION,
            new Training(
                    TrainingKind.TRAINING,
                    "กลยุทธ์การทำงานร่วมกันสู่ความเป็นเลิศ",
                    "องค์การบริหารส่วนจังหวัดสงขลา",
                    List.of("รองศาสตราจารย์ ดร.วิทยาธร ท่อแก้ว"),
                    LocalDate.of(2025, 2, 5),
                    LocalDate.of(2025, 2, 7),
                    new BigDecimal("18"),
                    DevelopmentArea.JOB_SPECIFIC,
                    TrainingOutcome.PASSED,
                    "อบจ.สข 014/2568",
                    null,
                    null));

    private PlanTestData() {}

    static PlannedActivity activity(
            String id, DevelopmentArea area, TrainingKind method, String title, FiscalYear year, String hours) {
        return new PlannedActivity(new PlannedActivityId(id), area, method, title, year, new BigDecimal(hours));
    }

    /** {@link #DIGITAL_GOVERNMENT} with another year and hours, for the rules on both. */
    static PlannedActivity digitalGovernment(FiscalYear year, String hours) {
        return activity(
                "digital-2568", DevelopmentArea.JOB_SPECIFIC, TrainingKind.TRAINING, "ราชการดิจิทัล", year, hours);
    }

    static AggregateTestFixture<Employee> fixture() {
        var fixture = new AggregateTestFixture<>(Employee.class);
        fixture.registerInjectableResource(TestClock.TODAY_IN_THAILAND);
        fixture.registerCommandDispatchInterceptor(new BeanValidationInterceptor<>());
        return fixture;
    }
}

package org.prawat.domain.commendation;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.messaging.interceptors.BeanValidationInterceptor;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.prawat.api.commendation.CommendationId;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.employee.EmployeeRegistered;
import org.prawat.api.employee.PersonnelType;
import org.prawat.api.evaluation.EvaluationId;
import org.prawat.api.evaluation.EvaluationLevel;
import org.prawat.api.evaluation.EvaluationRecorded;
import org.prawat.api.evaluation.FiscalYear;
import org.prawat.api.organisation.OrganisationUnitId;
import org.prawat.domain.TestClock;
import org.prawat.domain.employee.Employee;

/** A case file registered in 2019 with one evaluation (round 2/2568), shared by the commendation tests. */
final class CommendationTestData {

    static final EmployeeId MALAI = new EmployeeId("malai");
    static final CommendationId COMMENDATION = new CommendationId("commendation-1");
    static final EvaluationId EVALUATION = new EvaluationId("eval-2-2568");
    static final FiscalYear FY2568 = new FiscalYear(2568);
    static final LocalDate AWARDED = LocalDate.of(2025, 10, 15);
    static final LocalDate TOMORROW = TestClock.TODAY.plusDays(1);
    static final LocalDate BUDDHIST_ERA_DATE = LocalDate.of(2568, 10, 15);
    static final EmployeeRegistered REGISTERED = new EmployeeRegistered(
            MALAI,
            "1103700123453",
            "นางสาว",
            "มาลัย",
            "ศรีสุข",
            PersonnelType.SUBDISTRICT_STAFF,
            new OrganisationUnitId("mae-hia-municipality-hr"),
            "นักทรัพยากรบุคคลชำนาญการ",
            null,
            LocalDate.of(2019, 6, 3));

    /** Round 2/2568: 0.7 × 92 + 0.3 × 90 = 91.40, ดีเด่น. */
    static final EvaluationRecorded EVALUATED = new EvaluationRecorded(
            MALAI,
            EVALUATION,
            FY2568,
            2,
            new BigDecimal("92"),
            70,
            new BigDecimal("90"),
            30,
            new BigDecimal("91.40"),
            EvaluationLevel.OUTSTANDING,
            "2560",
            "นายสมศักดิ์ ปลัดเทศบาล",
            LocalDate.of(2025, 9, 20),
            "");

    private CommendationTestData() {}

    static AggregateTestFixture<Employee> fixture() {
        var fixture = new AggregateTestFixture<>(Employee.class);
        fixture.registerInjectableResource(TestClock.TODAY_IN_THAILAND);
        fixture.registerCommandDispatchInterceptor(new BeanValidationInterceptor<>());
        return fixture;
    }
}

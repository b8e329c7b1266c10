package org.prawat.domain.evaluation;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.axonframework.messaging.interceptors.BeanValidationInterceptor;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.employee.EmployeeRegistered;
import org.prawat.api.employee.PersonnelType;
import org.prawat.api.evaluation.EvaluationId;
import org.prawat.api.evaluation.EvaluationLevel;
import org.prawat.api.evaluation.EvaluationRecorded;
import org.prawat.api.evaluation.FiscalYear;
import org.prawat.api.evaluation.RecordEvaluation;
import org.prawat.api.organisation.OrganisationUnitId;
import org.prawat.domain.employee.Employee;

/** A registered case file on 15 June 2025 (round 2 of fiscal year 2568), shared by the evaluation tests. */
final class EvaluationTestData {

    static final ZoneId THAILAND = ZoneId.of("Asia/Bangkok");
    static final EmployeeId SOMCHAI = new EmployeeId("somchai");
    static final EvaluationId FIRST = new EvaluationId("eval-1-2568");
    static final EvaluationId SECOND = new EvaluationId("eval-2-2568");
    static final FiscalYear FY2568 = new FiscalYear(2568);
    static final LocalDate TODAY = LocalDate.of(2025, 6, 15);
    static final LocalDate EVALUATED = LocalDate.of(2025, 3, 20);
    static final String EVALUATOR = "นายสมศักดิ์ ผู้อำนวยการกอง";
    static final EmployeeRegistered REGISTERED = new EmployeeRegistered(
            SOMCHAI,
            "1103700123453",
            "นาย",
            "สมชาย",
            "ใจดี",
            PersonnelType.SUBDISTRICT_STAFF,
            new OrganisationUnitId("songkhla-pao-hr"),
            "นักทรัพยากรบุคคลชำนาญการ",
            null,
            LocalDate.of(2020, 10, 1));

    private EvaluationTestData() {}

    /** Late morning in Thailand, so that a UTC clock would still see the same date. */
    static AggregateTestFixture<Employee> fixture() {
        var fixture = new AggregateTestFixture<>(Employee.class);
        fixture.registerInjectableResource(
                Clock.fixed(TODAY.atTime(9, 0).atZone(THAILAND).toInstant(), THAILAND));
        fixture.registerCommandDispatchInterceptor(new BeanValidationInterceptor<>());
        return fixture;
    }

    /** Round 1/2568: 0.7 × 85.5 + 0.3 × 92 = 87.45, ดีมาก. */
    static EvaluationRecorded recordedRoundOne() {
        return new EvaluationRecorded(
                SOMCHAI,
                FIRST,
                FY2568,
                1,
                score("85.5"),
                70,
                score("92"),
                30,
                score("87.45"),
                EvaluationLevel.VERY_GOOD,
                "2560",
                EVALUATOR,
                EVALUATED,
                "");
    }

    static RecordEvaluation evaluation(
            EvaluationId id, int round, BigDecimal achievement, BigDecimal competency, LocalDate evaluatedOn) {
        return new RecordEvaluation(
                SOMCHAI, id, FY2568, round, achievement, 70, competency, 30, EVALUATOR, evaluatedOn, null);
    }

    static BigDecimal score(String value) {
        return new BigDecimal(value);
    }
}

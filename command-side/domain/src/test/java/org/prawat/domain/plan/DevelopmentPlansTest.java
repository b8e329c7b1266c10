package org.prawat.domain.plan;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.prawat.domain.RuleViolationMatcher.refusedWith;
import static org.prawat.domain.plan.PlanTestData.APPROVED_BY;
import static org.prawat.domain.plan.PlanTestData.DIGITAL_GOVERNMENT;
import static org.prawat.domain.plan.PlanTestData.FY2568;
import static org.prawat.domain.plan.PlanTestData.FY2569;
import static org.prawat.domain.plan.PlanTestData.FY2570;
import static org.prawat.domain.plan.PlanTestData.GOOD_GOVERNANCE;
import static org.prawat.domain.plan.PlanTestData.PLAN;
import static org.prawat.domain.plan.PlanTestData.PRANEE;
import static org.prawat.domain.plan.PlanTestData.PREPARE;
import static org.prawat.domain.plan.PlanTestData.PREPARED;
import static org.prawat.domain.plan.PlanTestData.PREPARED_PLAN;
import static org.prawat.domain.plan.PlanTestData.REGISTERED;
import static org.prawat.domain.plan.PlanTestData.digitalGovernment;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.messaging.interceptors.JSR303ViolationException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import org.prawat.api.BuddhistEraYearGiven;
import org.prawat.api.DateInFuture;
import org.prawat.api.employee.CaseFileClosed;
import org.prawat.api.employee.EmployeeSeparated;
import org.prawat.api.employee.SeparationReason;
import org.prawat.api.evaluation.FiscalYear;
import org.prawat.api.plan.ActivityOutsidePlanYears;
import org.prawat.api.plan.DevelopmentPlanAlreadyPrepared;
import org.prawat.api.plan.DevelopmentPlanId;
import org.prawat.api.plan.DevelopmentPlanPrepared;
import org.prawat.api.plan.DevelopmentPlansOverlap;
import org.prawat.api.plan.DuplicatePlannedActivity;
import org.prawat.api.plan.ImplausiblePlannedHours;
import org.prawat.api.plan.PlanWithoutActivities;
import org.prawat.api.plan.PlannedActivity;
import org.prawat.api.plan.PrepareDevelopmentPlan;
import org.prawat.domain.TestClock;
import org.prawat.domain.employee.Employee;

/** Preparing a three-year plan: its years, its activities, and one plan per year. */
class DevelopmentPlansTest {

    private static final DevelopmentPlanId NEXT_PLAN = new DevelopmentPlanId("plan-2571-2573");

    private final AggregateTestFixture<Employee> fixture = PlanTestData.fixture();

    @Test
    void a_plan_covers_its_first_fiscal_year_and_the_two_after_it() {
        var untidy = new PrepareDevelopmentPlan(
                PRANEE, PLAN, FY2568, PREPARE.activities(), "  " + APPROVED_BY + " ", PREPARED);
        fixture.given(REGISTERED).when(untidy).expectEvents(PREPARED_PLAN);
    }

    @Test
    void activity_titles_are_recorded_without_surrounding_blanks() {
        var untidy = PlanTestData.activity(
                "digital-2568",
                DIGITAL_GOVERNMENT.area(),
                DIGITAL_GOVERNMENT.method(),
                " " + DIGITAL_GOVERNMENT.title() + "\n",
                FY2568,
                "18");
        fixture.given(REGISTERED)
                .when(prepare(PLAN, FY2568, untidy))
                .expectEvents(new DevelopmentPlanPrepared(
                        PRANEE, PLAN, FY2568, FY2570, List.of(DIGITAL_GOVERNMENT), APPROVED_BY, PREPARED));
    }

    @Test
    void a_plan_without_activities_is_refused() {
        fixture.given(REGISTERED)
                .when(prepare(PLAN, FY2568))
                .expectException(refusedWith(PlanWithoutActivities.class))
                .expectNoEvents();
    }

    @Test
    void an_activity_in_the_year_after_the_plan_is_refused() {
        fixture.given(REGISTERED)
                .when(prepare(PLAN, FY2568, digitalGovernment(new FiscalYear(2571), "18")))
                .expectException(refusedWith(ActivityOutsidePlanYears.class));
    }

    @Test
    void an_activity_in_the_year_before_the_plan_is_refused() {
        fixture.given(REGISTERED)
                .when(prepare(PLAN, FY2568, digitalGovernment(new FiscalYear(2567), "18")))
                .expectException(refusedWith(ActivityOutsidePlanYears.class));
    }

    @Test
    void zero_planned_hours_are_refused() {
        fixture.given(REGISTERED)
                .when(prepare(PLAN, FY2568, digitalGovernment(FY2568, "0")))
                .expectException(refusedWith(ImplausiblePlannedHours.class));
    }

    @Test
    void five_hundred_planned_hours_are_accepted_and_more_are_refused() {
        fixture.given(REGISTERED)
                .when(prepare(PLAN, FY2568, digitalGovernment(FY2568, "500")))
                .expectSuccessfulHandlerExecution();
        fixture.given(REGISTERED)
                .when(prepare(PLAN, FY2568, digitalGovernment(FY2568, "500.5")))
                .expectException(refusedWith(ImplausiblePlannedHours.class));
    }

    @Test
    void the_same_activity_id_twice_in_a_plan_is_refused() {
        fixture.given(REGISTERED)
                .when(prepare(PLAN, FY2568, DIGITAL_GOVERNMENT, digitalGovernment(FY2569, "6")))
                .expectException(refusedWith(DuplicatePlannedActivity.class));
    }

    @Test
    void a_plan_sharing_a_fiscal_year_with_an_earlier_plan_is_refused() {
        fixture.given(REGISTERED, PREPARED_PLAN)
                .when(prepare(NEXT_PLAN, FY2570, GOOD_GOVERNANCE))
                .expectException(refusedWith(DevelopmentPlansOverlap.class))
                .expectNoEvents();
    }

    @Test
    void a_plan_starting_in_an_earlier_year_and_reaching_into_the_plan_is_refused() {
        var earlier = digitalGovernment(new FiscalYear(2566), "18");
        fixture.given(REGISTERED, PREPARED_PLAN)
                .when(prepare(NEXT_PLAN, new FiscalYear(2566), earlier))
                .expectException(refusedWith(DevelopmentPlansOverlap.class));
    }

    @Test
    void the_next_plan_starts_in_the_year_after_the_last_one_ends() {
        var nextYear = new FiscalYear(2571);
        fixture.given(REGISTERED, PREPARED_PLAN)
                .when(prepare(NEXT_PLAN, nextYear, digitalGovernment(nextYear, "18")))
                .expectEvents(new DevelopmentPlanPrepared(
                        PRANEE,
                        NEXT_PLAN,
                        nextYear,
                        new FiscalYear(2573),
                        List.of(digitalGovernment(nextYear, "18")),
                        APPROVED_BY,
                        PREPARED));
    }

    @Test
    void a_plan_id_used_before_is_refused() {
        fixture.given(REGISTERED, PREPARED_PLAN)
                .when(prepare(PLAN, new FiscalYear(2571), digitalGovernment(new FiscalYear(2571), "18")))
                .expectException(refusedWith(DevelopmentPlanAlreadyPrepared.class));
    }

    @Test
    void a_plan_prepared_tomorrow_is_refused() {
        fixture.given(REGISTERED)
                .when(preparedOn(TestClock.TODAY.plusDays(1)))
                .expectException(refusedWith(DateInFuture.class));
    }

    @Test
    void a_buddhist_era_year_in_the_preparation_date_is_refused() {
        fixture.given(REGISTERED)
                .when(preparedOn(LocalDate.of(2567, 9, 16)))
                .expectException(refusedWith(BuddhistEraYearGiven.class));
    }

    @Test
    void a_common_era_fiscal_year_is_refused_by_the_command_shape() {
        assertThatThrownBy(() -> fixture.given(REGISTERED)
                        .when(prepare(PLAN, new FiscalYear(2025), digitalGovernment(new FiscalYear(2025), "18"))))
                .isInstanceOf(JSR303ViolationException.class)
                .hasMessageContaining("The fiscal year must be a Buddhist-Era year");
    }

    @Test
    void a_plan_is_refused_once_the_employee_has_left() {
        var resigned = new EmployeeSeparated(PRANEE, SeparationReason.RESIGNED, "คำสั่ง อบต.ใหม่ 88/2568", PREPARED);
        fixture.given(REGISTERED, resigned)
                .when(PREPARE)
                .expectException(refusedWith(CaseFileClosed.class))
                .expectNoEvents();
    }

    private static PrepareDevelopmentPlan prepare(
            DevelopmentPlanId planId, FiscalYear first, PlannedActivity... activities) {
        return new PrepareDevelopmentPlan(PRANEE, planId, first, List.of(activities), APPROVED_BY, PREPARED);
    }

    private static PrepareDevelopmentPlan preparedOn(LocalDate date) {
        return new PrepareDevelopmentPlan(PRANEE, PLAN, FY2568, PREPARE.activities(), APPROVED_BY, date);
    }
}

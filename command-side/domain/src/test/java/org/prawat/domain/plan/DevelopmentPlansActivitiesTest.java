package org.prawat.domain.plan;

import static org.prawat.domain.RuleViolationMatcher.refusedWith;
import static org.prawat.domain.plan.PlanTestData.COLLABORATION;
import static org.prawat.domain.plan.PlanTestData.DIGITAL_GOVERNMENT;
import static org.prawat.domain.plan.PlanTestData.FY2569;
import static org.prawat.domain.plan.PlanTestData.PLAN;
import static org.prawat.domain.plan.PlanTestData.PRANEE;
import static org.prawat.domain.plan.PlanTestData.PREPARED_PLAN;
import static org.prawat.domain.plan.PlanTestData.REGISTERED;
import static org.prawat.domain.plan.PlanTestData.SMART_OFFICE_VISIT;
import static org.prawat.domain.plan.PlanTestData.TRAINED;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import org.prawat.api.correction.CorrectionDetails;
import org.prawat.api.correction.RecordKind;
import org.prawat.api.correction.RecordRetracted;
import org.prawat.api.evaluation.FiscalYear;
import org.prawat.api.plan.ActivityOutsidePlanYears;
import org.prawat.api.plan.AddPlannedActivity;
import org.prawat.api.plan.DevelopmentPlanId;
import org.prawat.api.plan.DropPlannedActivity;
import org.prawat.api.plan.DuplicatePlannedActivity;
import org.prawat.api.plan.ImplausiblePlannedHours;
import org.prawat.api.plan.LinkTrainingToPlannedActivity;
import org.prawat.api.plan.NoStandingTraining;
import org.prawat.api.plan.PlannedActivity;
import org.prawat.api.plan.PlannedActivityAdded;
import org.prawat.api.plan.PlannedActivityAlreadyDropped;
import org.prawat.api.plan.PlannedActivityDropped;
import org.prawat.api.plan.PlannedActivityId;
import org.prawat.api.plan.TrainingAlreadyLinked;
import org.prawat.api.plan.TrainingLinkedToPlannedActivity;
import org.prawat.api.plan.UnknownDevelopmentPlan;
import org.prawat.api.plan.UnknownPlannedActivity;
import org.prawat.api.training.DevelopmentArea;
import org.prawat.api.training.TrainingId;
import org.prawat.api.training.TrainingKind;
import org.prawat.domain.employee.Employee;

/** A prepared plan changes: activities added and dropped, and trainings done matched against them. */
class DevelopmentPlansActivitiesTest {

    private static final DevelopmentPlanId NO_PLAN = new DevelopmentPlanId("plan-never-prepared");
    private static final PlannedActivityId DIGITAL = DIGITAL_GOVERNMENT.activityId();
    private static final PlannedActivity COMPUTER_SKILLS = computerSkills(FY2569, "10");
    private static final String REASON = "หลักสูตรถูกยกเลิกโดยผู้จัด จึงเปลี่ยนเป็นการเรียนรู้ออนไลน์";
    private static final PlannedActivityDropped DROPPED = new PlannedActivityDropped(PRANEE, PLAN, DIGITAL, REASON);
    private static final TrainingLinkedToPlannedActivity LINKED =
            new TrainingLinkedToPlannedActivity(PRANEE, PLAN, DIGITAL, COLLABORATION);

    private final AggregateTestFixture<Employee> fixture = PlanTestData.fixture();

    @Test
    void an_activity_is_added_to_a_prepared_plan() {
        fixture.given(REGISTERED, PREPARED_PLAN)
                .when(new AddPlannedActivity(PRANEE, PLAN, COMPUTER_SKILLS))
                .expectEvents(new PlannedActivityAdded(PRANEE, PLAN, COMPUTER_SKILLS));
    }

    @Test
    void an_activity_added_to_a_plan_not_in_the_case_file_is_refused() {
        fixture.given(REGISTERED, PREPARED_PLAN)
                .when(new AddPlannedActivity(PRANEE, NO_PLAN, COMPUTER_SKILLS))
                .expectException(refusedWith(UnknownDevelopmentPlan.class))
                .expectNoEvents();
    }

    @Test
    void an_activity_added_outside_the_plans_years_is_refused() {
        fixture.given(REGISTERED, PREPARED_PLAN)
                .when(new AddPlannedActivity(PRANEE, PLAN, computerSkills(new FiscalYear(2571), "10")))
                .expectException(refusedWith(ActivityOutsidePlanYears.class));
    }

    @Test
    void an_activity_added_with_negative_hours_is_refused() {
        fixture.given(REGISTERED, PREPARED_PLAN)
                .when(new AddPlannedActivity(PRANEE, PLAN, computerSkills(FY2569, "-3")))
                .expectException(refusedWith(ImplausiblePlannedHours.class));
    }

    @Test
    void an_added_activity_reusing_the_id_of_a_dropped_one_is_refused() {
        fixture.given(REGISTERED, PREPARED_PLAN, DROPPED)
                .when(new AddPlannedActivity(PRANEE, PLAN, DIGITAL_GOVERNMENT))
                .expectException(refusedWith(DuplicatePlannedActivity.class));
    }

    @Test
    void an_activity_is_dropped_with_the_reason_and_stays_in_the_history() {
        fixture.given(REGISTERED, PREPARED_PLAN)
                .when(new DropPlannedActivity(PRANEE, PLAN, DIGITAL, " " + REASON + " "))
                .expectEvents(DROPPED);
    }

    @Test
    void dropping_an_activity_the_plan_does_not_have_is_refused() {
        fixture.given(REGISTERED, PREPARED_PLAN)
                .when(new DropPlannedActivity(PRANEE, PLAN, COMPUTER_SKILLS.activityId(), REASON))
                .expectException(refusedWith(UnknownPlannedActivity.class));
    }

    @Test
    void dropping_an_activity_of_a_plan_not_in_the_case_file_is_refused() {
        fixture.given(REGISTERED, PREPARED_PLAN)
                .when(new DropPlannedActivity(PRANEE, NO_PLAN, DIGITAL, REASON))
                .expectException(refusedWith(UnknownDevelopmentPlan.class));
    }

    @Test
    void dropping_an_activity_twice_is_refused() {
        fixture.given(REGISTERED, PREPARED_PLAN, DROPPED)
                .when(new DropPlannedActivity(PRANEE, PLAN, DIGITAL, REASON))
                .expectException(refusedWith(PlannedActivityAlreadyDropped.class))
                .expectNoEvents();
    }

    @Test
    void a_training_of_the_case_file_is_counted_towards_a_planned_activity() {
        fixture.given(REGISTERED, PREPARED_PLAN, TRAINED)
                .when(link(DIGITAL, COLLABORATION))
                .expectEvents(LINKED);
    }

    @Test
    void a_training_not_in_the_case_file_is_refused() {
        fixture.given(REGISTERED, PREPARED_PLAN, TRAINED)
                .when(link(DIGITAL, new TrainingId("training-of-someone-else")))
                .expectException(refusedWith(NoStandingTraining.class))
                .expectNoEvents();
    }

    @Test
    void a_retracted_training_is_refused() {
        var retracted = new RecordRetracted(
                PRANEE,
                COLLABORATION.value(),
                RecordKind.TRAINING,
                new CorrectionDetails("บันทึกผิดคน", "บันทึกข้อความ กจ. 31/2568", "นางสาวสุภาพร ศรีสุข"),
                null);
        fixture.given(REGISTERED, PREPARED_PLAN, TRAINED, retracted)
                .when(link(DIGITAL, COLLABORATION))
                .expectException(refusedWith(NoStandingTraining.class));
    }

    @Test
    void a_training_counted_towards_a_dropped_activity_is_refused() {
        fixture.given(REGISTERED, PREPARED_PLAN, TRAINED, DROPPED)
                .when(link(DIGITAL, COLLABORATION))
                .expectException(refusedWith(PlannedActivityAlreadyDropped.class));
    }

    @Test
    void a_training_counted_towards_an_activity_the_plan_does_not_have_is_refused() {
        fixture.given(REGISTERED, PREPARED_PLAN, TRAINED)
                .when(link(COMPUTER_SKILLS.activityId(), COLLABORATION))
                .expectException(refusedWith(UnknownPlannedActivity.class));
    }

    @Test
    void a_training_counted_towards_a_plan_not_in_the_case_file_is_refused() {
        fixture.given(REGISTERED, PREPARED_PLAN, TRAINED)
                .when(new LinkTrainingToPlannedActivity(PRANEE, NO_PLAN, DIGITAL, COLLABORATION))
                .expectException(refusedWith(UnknownDevelopmentPlan.class));
    }

    @Test
    void the_same_training_counted_twice_towards_one_activity_is_refused() {
        fixture.given(REGISTERED, PREPARED_PLAN, TRAINED, LINKED)
                .when(link(DIGITAL, COLLABORATION))
                .expectException(refusedWith(TrainingAlreadyLinked.class));
    }

    @Test
    void one_training_may_count_towards_two_different_activities() {
        var visit = SMART_OFFICE_VISIT.activityId();
        fixture.given(REGISTERED, PREPARED_PLAN, TRAINED, LINKED)
                .when(link(visit, COLLABORATION))
                .expectEvents(new TrainingLinkedToPlannedActivity(PRANEE, PLAN, visit, COLLABORATION));
    }

    private static PlannedActivity computerSkills(FiscalYear year, String hours) {
        return PlanTestData.activity(
                "computer-2569",
                DevelopmentArea.JOB_SPECIFIC,
                TrainingKind.E_LEARNING,
                "การใช้คอมพิวเตอร์และระบบสารสนเทศในการปฏิบัติงาน",
                year,
                hours);
    }

    private static LinkTrainingToPlannedActivity link(PlannedActivityId activity, TrainingId training) {
        return new LinkTrainingToPlannedActivity(PRANEE, PLAN, activity, training);
    }
}

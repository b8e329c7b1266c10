package org.prawat.query.timeline;

import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.prawat.api.history.TimelineEntryKind;
import org.prawat.api.plan.DevelopmentPlanPrepared;
import org.prawat.api.plan.PlannedActivity;

/**
 * What a three-year development plan says as a timeline entry. Each activity is a detail
 * {@code activity.<id>}; a drop adds {@code activity.<id>.dropped} (the reason) and each training
 * counted towards it is listed in {@code activity.<id>.trainings}.
 */
final class PlanContent {

    private static final String ACTIVITY = "activity.";

    private PlanContent() {}

    static EntryContent of(DevelopmentPlanPrepared event) {
        var details = Details.of()
                .put("firstFiscalYear", event.firstFiscalYear())
                .put("lastFiscalYear", event.lastFiscalYear())
                .put("approvedBy", event.approvedBy())
                .put("preparedOn", event.preparedOn());
        event.activities().forEach(activity -> details.put(ACTIVITY + activity.activityId(), describe(activity)));
        String title = "แผนพัฒนาพนักงาน 3 ปี ปีงบประมาณ " + event.firstFiscalYear() + "–" + event.lastFiscalYear();
        return content(title, event.preparedOn(), details.build());
    }

    static EntryContent withActivity(TimelineEntryDocument plan, PlannedActivity activity) {
        return with(plan, ACTIVITY + activity.activityId(), describe(activity));
    }

    static EntryContent dropped(TimelineEntryDocument plan, Object activityId, String reason) {
        return with(plan, ACTIVITY + activityId + ".dropped", reason);
    }

    static EntryContent linked(TimelineEntryDocument plan, Object activityId, Object trainingId) {
        String key = ACTIVITY + activityId + ".trainings";
        String linked = plan.details().get(key);
        return with(plan, key, linked == null ? trainingId.toString() : linked + ", " + trainingId);
    }

    private static EntryContent with(TimelineEntryDocument plan, String key, String value) {
        return content(
                plan.title(),
                plan.businessDate(),
                Details.from(plan.details()).put(key, value).build());
    }

    private static EntryContent content(String title, LocalDate preparedOn, Map<String, String> details) {
        String activities = details.entrySet().stream()
                .filter(detail ->
                        detail.getKey().startsWith(ACTIVITY) && detail.getKey().indexOf('.', ACTIVITY.length()) < 0)
                .map(Map.Entry::getValue)
                .collect(Collectors.joining(" "));
        return new EntryContent(
                TimelineEntryKind.DEVELOPMENT_PLAN,
                preparedOn,
                title,
                Details.text(title, "ผู้อนุมัติ", details.get("approvedBy"), activities),
                details);
    }

    private static String describe(PlannedActivity activity) {
        return Details.text(
                activity.title(),
                "·",
                ThaiNames.of(activity.method()),
                "·",
                ThaiNames.of(activity.area()),
                "· ปีงบประมาณ",
                activity.fiscalYear(),
                "·",
                activity.plannedHours().stripTrailingZeros().toPlainString(),
                "ชั่วโมง");
    }
}

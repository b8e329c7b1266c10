package org.prawat.api.plan;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.prawat.api.evaluation.FiscalYear;
import org.prawat.api.text.PlainText;
import org.prawat.api.training.DevelopmentArea;
import org.prawat.api.training.TrainingKind;

/**
 * One activity of a development plan: what is to be developed ({@code area}), by which method, in
 * which fiscal year of the plan, for how many hours.
 */
public record PlannedActivity(
        @NotNull PlannedActivityId activityId,
        @NotNull(message = "กรุณาเลือกด้านการพัฒนา / The development area is required") DevelopmentArea area,
        @NotNull(message = "กรุณาเลือกวิธีการพัฒนา / The development method is required") TrainingKind method,
        @NotBlank(message = "กรุณาระบุชื่อกิจกรรม / The activity title is required")
                @Size(max = PlanLimits.TITLE_MAX)
                @PlainText
                String title,
        @NotNull(message = "กรุณาระบุปีงบประมาณ / The fiscal year is required") @Valid FiscalYear fiscalYear,
        @NotNull(message = "กรุณาระบุจำนวนชั่วโมงที่วางแผน / The planned hours are required") BigDecimal plannedHours) {

    /** The same activity without surrounding blanks in its title, as it is recorded. */
    public PlannedActivity stripped() {
        return new PlannedActivity(activityId, area, method, title.strip(), fiscalYear, plannedHours);
    }
}

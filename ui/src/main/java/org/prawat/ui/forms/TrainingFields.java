package org.prawat.ui.forms;

import static org.prawat.ui.forms.Inputs.dateOf;
import static org.prawat.ui.forms.Inputs.enumOf;
import static org.prawat.ui.forms.Inputs.numberOf;
import static org.prawat.ui.forms.Inputs.textOf;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.prawat.api.training.DevelopmentArea;
import org.prawat.api.training.Training;
import org.prawat.api.training.TrainingKind;
import org.prawat.api.training.TrainingOutcome;
import org.prawat.ui.common.BuddhistDateField;

/** What a training record says: the fields of the training form and of its correction. */
class TrainingFields extends FormLayout implements RecordFields<Training> {

    private static final int TITLE_MAX = 300;
    private static final int NAME_MAX = 200;
    private static final int NUMBER_MAX = 100;

    final Select<TrainingKind> kind = Inputs.choice(
            "training-kind",
            getTranslation("forms.training.kind"),
            List.of(TrainingKind.values()),
            k -> getTranslation(Inputs.key("forms.training.kind.", k)));
    final Select<DevelopmentArea> area = Inputs.choice(
            "training-area",
            getTranslation("forms.training.area"),
            List.of(DevelopmentArea.values()),
            a -> getTranslation(Inputs.key("forms.training.area.", a)));
    final TextField courseTitle =
            Inputs.text("training-course-title", getTranslation("forms.training.course-title"), TITLE_MAX);
    final TextField provider = Inputs.text("training-provider", getTranslation("forms.training.provider"), NAME_MAX);
    final TextField trainers = Inputs.text("training-trainers", getTranslation("forms.training.trainers"), NAME_MAX);
    final BuddhistDateField startDate = Inputs.date("training-start-date", getTranslation("forms.training.start-date"));
    final BuddhistDateField endDate = Inputs.date("training-end-date", getTranslation("forms.training.end-date"));
    final BigDecimalField hours = Inputs.number("training-hours", getTranslation("forms.training.hours"));
    final Select<TrainingOutcome> outcome = Inputs.choice(
            "training-outcome",
            getTranslation("forms.training.outcome"),
            List.of(TrainingOutcome.values()),
            o -> getTranslation(Inputs.key("forms.training.outcome.", o)));
    final TextField certificateNumber =
            Inputs.text("training-certificate-number", getTranslation("forms.training.certificate-number"), NUMBER_MAX);
    final BigDecimalField cost = Inputs.number("training-cost", getTranslation("forms.training.cost"));
    final TextField funding = Inputs.text("training-funding", getTranslation("forms.training.funding"), NAME_MAX);

    TrainingFields() {
        trainers.setHelperText(getTranslation("forms.training.trainers.helper"));
        add(kind, area, courseTitle, provider, trainers, startDate, endDate, hours, outcome);
        add(certificateNumber, cost, funding);
        setColspan(courseTitle, 2);
        setColspan(trainers, 2);
    }

    @Override
    public Component layout() {
        return this;
    }

    @Override
    public Optional<Training> read() {
        var checks = new FieldChecks()
                .required(kind)
                .required(area)
                .required(courseTitle)
                .required(provider)
                .required(startDate)
                .required(endDate)
                .required(hours)
                .required(outcome);
        if (!checks.complete()) {
            return Optional.empty();
        }
        List<String> names = Arrays.stream(trainers.getValue().split("[,\\n]"))
                .map(String::strip)
                .filter(name -> !name.isEmpty())
                .toList();
        return Optional.of(new Training(
                kind.getValue(),
                courseTitle.getValue().strip(),
                provider.getValue().strip(),
                names,
                startDate.getValue(),
                endDate.getValue(),
                hours.getValue(),
                area.getValue(),
                outcome.getValue(),
                Inputs.optional(certificateNumber),
                cost.getValue(),
                Inputs.optional(funding)));
    }

    @Override
    public void fill(Map<String, String> details) {
        kind.setValue(enumOf(details, "kind", TrainingKind.class));
        area.setValue(enumOf(details, "area", DevelopmentArea.class));
        courseTitle.setValue(textOf(details, "courseTitle"));
        provider.setValue(textOf(details, "provider"));
        trainers.setValue(textOf(details, "trainers"));
        startDate.setValue(dateOf(details, "startDate"));
        endDate.setValue(dateOf(details, "endDate"));
        hours.setValue(numberOf(details, "hours"));
        outcome.setValue(enumOf(details, "outcome", TrainingOutcome.class));
        certificateNumber.setValue(textOf(details, "certificateNumber"));
        cost.setValue(numberOf(details, "cost"));
        funding.setValue(textOf(details, "funding"));
    }

    @Override
    public Map<String, HasValidation> byName() {
        return Map.ofEntries(
                Map.entry("kind", kind),
                Map.entry("area", area),
                Map.entry("courseTitle", courseTitle),
                Map.entry("provider", provider),
                Map.entry("trainers", trainers),
                Map.entry("startDate", startDate),
                Map.entry("endDate", endDate),
                Map.entry("hours", hours),
                Map.entry("outcome", outcome),
                Map.entry("certificateNumber", certificateNumber),
                Map.entry("cost", cost),
                Map.entry("funding", funding));
    }

    @Override
    public Optional<HasValidation> forRule(String code, String message) {
        return switch (code == null ? "" : code) {
            case "training.hours" -> Optional.of(hours);
            case "training.dates" -> Optional.of(endDate);
            case "date.future", "date.buddhist-era" -> Inputs.dateNamedIn(message, startDate, endDate);
            default -> Optional.empty();
        };
    }
}

package org.prawat.ui.forms;

import static org.prawat.ui.forms.Inputs.dateOf;
import static org.prawat.ui.forms.Inputs.enumOf;
import static org.prawat.ui.forms.Inputs.integerOf;
import static org.prawat.ui.forms.Inputs.numberOf;
import static org.prawat.ui.forms.Inputs.textOf;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.prawat.api.commendation.CommendationGrant;
import org.prawat.api.commendation.CommendationId;
import org.prawat.api.commendation.CommendationLimits;
import org.prawat.api.commendation.RoyalDecorationClass;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.history.EntryStatus;
import org.prawat.api.history.TimelineEntry;
import org.prawat.api.history.TimelineEntryKind;
import org.prawat.ui.common.BuddhistDateField;
import org.prawat.ui.i18n.PrawatTranslations;

/**
 * What a commendation says, for each of its six kinds: the fields shown switch with the kind. A
 * salary-step increase names one of the case file's standing evaluations.
 */
class CommendationFields extends FormLayout implements RecordFields<CommendationGrant> {

    static final List<TimelineEntryKind> KINDS = List.of(
            TimelineEntryKind.CERTIFICATE_OF_HONOUR,
            TimelineEntryKind.SALARY_STEP_INCREASE,
            TimelineEntryKind.BONUS,
            TimelineEntryKind.OUTSTANDING_EMPLOYEE_AWARD,
            TimelineEntryKind.LETTER_OF_PRAISE,
            TimelineEntryKind.ROYAL_DECORATION);
    private static final int TITLE = CommendationLimits.TITLE_MAX;
    private static final int NAME = CommendationLimits.NAME_MAX;
    private static final int NUMBER = CommendationLimits.NUMBER_MAX;

    final EmployeeId employeeId;
    final CommendationId commendationId;
    final Select<TimelineEntryKind> kind = Inputs.choice(
            "commendation-kind",
            getTranslation("forms.commendation.kind"),
            KINDS,
            k -> getTranslation(Inputs.key("kind.", k)));
    final TextField title = Inputs.text("commendation-title", getTranslation("forms.commendation.title"), TITLE);
    final TextField awardTitle =
            Inputs.text("commendation-award-title", getTranslation("forms.commendation.award-title"), TITLE);
    final TextField issuedBy =
            Inputs.text("commendation-issued-by", getTranslation("forms.commendation.issued-by"), NAME);
    final TextField awardedBy =
            Inputs.text("commendation-awarded-by", getTranslation("forms.commendation.awarded-by"), NAME);
    final TextField certificateNumber = Inputs.text(
            "commendation-certificate-number", getTranslation("forms.commendation.certificate-number"), NUMBER);
    final TextArea subject = Inputs.area(
            "commendation-subject", getTranslation("forms.commendation.subject"), CommendationLimits.SUBJECT_MAX);
    final TextField referenceNumber =
            Inputs.text("commendation-reference-number", getTranslation("forms.commendation.reference-number"), NUMBER);
    final Select<BigDecimal> steps = Inputs.choice(
            "commendation-steps",
            getTranslation("forms.commendation.steps"),
            CommendationLimits.SALARY_STEPS,
            BigDecimal::toPlainString);
    final BigDecimalField percentage =
            Inputs.number("commendation-percentage", getTranslation("forms.commendation.percentage"));
    final Select<TimelineEntry> evaluation;
    final TextField orderNumber =
            Inputs.text("commendation-order-number", getTranslation("forms.commendation.order-number"), NUMBER);
    final BigDecimalField amount = Inputs.number("commendation-amount", getTranslation("forms.commendation.amount"));
    final IntegerField fiscalYear =
            Inputs.integer("commendation-fiscal-year", getTranslation("forms.commendation.fiscal-year"));
    final IntegerField year = Inputs.integer("commendation-year", getTranslation("forms.commendation.year"));
    final Select<RoyalDecorationClass> decorationClass;
    final IntegerField gazetteVolume =
            Inputs.integer("commendation-gazette-volume", getTranslation("forms.commendation.gazette-volume"));
    final TextField gazettePart =
            Inputs.text("commendation-gazette-part", getTranslation("forms.commendation.gazette-part"), NUMBER);
    final IntegerField gazettePage =
            Inputs.integer("commendation-gazette-page", getTranslation("forms.commendation.gazette-page"));
    final BuddhistDateField gazetteDate =
            Inputs.date("commendation-gazette-date", getTranslation("forms.commendation.gazette-date"));
    final BuddhistDateField effectiveOn =
            Inputs.date("commendation-effective-on", getTranslation("forms.commendation.effective-on"));
    final BuddhistDateField awardedOn =
            Inputs.date("commendation-awarded-on", getTranslation("forms.commendation.awarded-on"));

    CommendationFields(EmployeeId employeeId, CommendationId commendationId, List<TimelineEntry> entries) {
        this.employeeId = employeeId;
        this.commendationId = commendationId;
        boolean thai = PrawatTranslations.isThai(getLocale());
        evaluation = Inputs.choice(
                "commendation-evaluation",
                getTranslation("forms.commendation.evaluation"),
                entries.stream()
                        .filter(e -> e.kind() == TimelineEntryKind.EVALUATION && e.status() != EntryStatus.RETRACTED)
                        .toList(),
                TimelineEntry::title);
        decorationClass = Inputs.choice(
                "commendation-decoration-class",
                getTranslation("forms.commendation.decoration-class"),
                List.of(RoyalDecorationClass.values()),
                c -> (thai ? c.thai() : c.english()) + " (" + c.abbreviation() + ")");
        steps.setEmptySelectionAllowed(true);
        steps.setHelperText(getTranslation("forms.commendation.steps.helper"));
        kind.addValueChangeListener(e -> showFieldsOf(e.getValue()));
        add(kind, awardedOn, title, awardTitle, issuedBy, awardedBy, certificateNumber, subject, referenceNumber);
        add(steps, percentage, evaluation, orderNumber, effectiveOn, amount, fiscalYear, year);
        add(decorationClass, gazetteVolume, gazettePart, gazettePage, gazetteDate);
        kind.setValue(TimelineEntryKind.CERTIFICATE_OF_HONOUR);
    }

    @Override
    public Component layout() {
        return this;
    }

    /** The fields each kind of commendation has, besides its kind and date. */
    List<Component> fieldsOf(TimelineEntryKind commendation) {
        return switch (commendation) {
            case CERTIFICATE_OF_HONOUR -> List.of(title, issuedBy, certificateNumber);
            case SALARY_STEP_INCREASE -> List.of(steps, percentage, evaluation, orderNumber, effectiveOn);
            case BONUS -> List.of(amount, fiscalYear, orderNumber);
            case OUTSTANDING_EMPLOYEE_AWARD -> List.of(awardTitle, awardedBy, year);
            case LETTER_OF_PRAISE -> List.of(subject, issuedBy, referenceNumber);
            default -> List.of(decorationClass, gazetteVolume, gazettePart, gazettePage, gazetteDate);
        };
    }

    private void showFieldsOf(TimelineEntryKind commendation) {
        getChildren().filter(c -> c != kind && c != awardedOn).forEach(c -> c.setVisible(false));
        if (commendation != null) {
            fieldsOf(commendation).forEach(c -> c.setVisible(true));
        }
    }

    @Override
    public Optional<CommendationGrant> read() {
        return CommendationGrants.read(this);
    }

    /** Shows the kind of an existing commendation, which a correction cannot change. */
    void lockKind(TimelineEntryKind commendation) {
        kind.setValue(commendation);
        kind.setReadOnly(true);
    }

    @Override
    public void fill(Map<String, String> details) {
        title.setValue(textOf(details, "title"));
        awardTitle.setValue(textOf(details, "awardTitle"));
        issuedBy.setValue(textOf(details, "issuedBy"));
        awardedBy.setValue(textOf(details, "awardedBy"));
        certificateNumber.setValue(textOf(details, "certificateNumber"));
        subject.setValue(textOf(details, "subject"));
        referenceNumber.setValue(textOf(details, "referenceNumber"));
        var step = numberOf(details, "steps");
        steps.setValue(CommendationLimits.SALARY_STEPS.stream()
                .filter(s -> step != null && s.compareTo(step) == 0)
                .findFirst()
                .orElse(null));
        percentage.setValue(numberOf(details, "percentage"));
        String evaluationId = details.get("evaluationId");
        evaluation
                .getListDataView()
                .getItems()
                .filter(e -> e.entryId().equals(evaluationId))
                .findFirst()
                .ifPresent(evaluation::setValue);
        orderNumber.setValue(textOf(details, "orderNumber"));
        amount.setValue(numberOf(details, "amount"));
        fiscalYear.setValue(integerOf(details, "fiscalYear"));
        year.setValue(integerOf(details, "year"));
        decorationClass.setValue(enumOf(details, "decorationClass", RoyalDecorationClass.class));
        gazetteVolume.setValue(integerOf(details, "gazetteVolume"));
        gazettePart.setValue(textOf(details, "gazettePart"));
        gazettePage.setValue(integerOf(details, "gazettePage"));
        gazetteDate.setValue(dateOf(details, "gazetteDate"));
        effectiveOn.setValue(dateOf(details, "effectiveOn"));
        awardedOn.setValue(dateOf(details, "awardedOn"));
    }

    @Override
    public Map<String, HasValidation> byName() {
        return Map.ofEntries(
                Map.entry("title", title),
                Map.entry("awardTitle", awardTitle),
                Map.entry("issuedBy", issuedBy),
                Map.entry("awardedBy", awardedBy),
                Map.entry("certificateNumber", certificateNumber),
                Map.entry("subject", subject),
                Map.entry("referenceNumber", referenceNumber),
                Map.entry("steps", steps),
                Map.entry("percentage", percentage),
                Map.entry("evaluationId", evaluation),
                Map.entry("orderNumber", orderNumber),
                Map.entry("amount", amount),
                Map.entry("fiscalYear", fiscalYear),
                Map.entry("year", year),
                Map.entry("decorationClass", decorationClass),
                Map.entry("gazetteVolume", gazetteVolume),
                Map.entry("gazettePart", gazettePart),
                Map.entry("gazettePage", gazettePage),
                Map.entry("gazetteDate", gazetteDate),
                Map.entry("effectiveOn", effectiveOn),
                Map.entry("awardedOn", awardedOn));
    }

    @Override
    public Optional<HasValidation> forRule(String code, String message) {
        return switch (code == null ? "" : code) {
            case "commendation.bonus-amount" -> Optional.of(amount);
            case "commendation.salary-steps", "commendation.steps-or-percentage" -> Optional.of(steps);
            case "commendation.salary-percentage" -> Optional.of(percentage);
            case "commendation.unknown-evaluation" -> Optional.of(evaluation);
            case "date.future", "date.buddhist-era", "employee.before-appointment" -> Inputs.dateNamedIn(
                    message, awardedOn, effectiveOn, gazetteDate);
            default -> Optional.empty();
        };
    }
}

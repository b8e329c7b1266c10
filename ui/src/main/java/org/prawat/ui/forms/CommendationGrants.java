package org.prawat.ui.forms;

import java.util.Optional;
import org.prawat.api.commendation.AwardCertificateOfHonour;
import org.prawat.api.commendation.AwardOutstandingEmployee;
import org.prawat.api.commendation.CommendationGrant;
import org.prawat.api.commendation.ConferRoyalDecoration;
import org.prawat.api.commendation.GrantBonus;
import org.prawat.api.commendation.GrantSalaryStepIncrease;
import org.prawat.api.commendation.IssueLetterOfPraise;
import org.prawat.api.evaluation.EvaluationId;
import org.prawat.api.evaluation.FiscalYear;

/** Reads the grant the commendation fields describe, for the kind chosen, checking its required fields. */
final class CommendationGrants {

    private CommendationGrants() {}

    static Optional<CommendationGrant> read(CommendationFields f) {
        var kind = f.kind.getValue();
        var checks = new FieldChecks().required(f.kind).required(f.awardedOn);
        if (kind == null) {
            return Optional.empty();
        }
        CommendationGrant grant =
                switch (kind) {
                    case CERTIFICATE_OF_HONOUR -> {
                        checks.required(f.title).required(f.issuedBy);
                        yield checks.complete()
                                ? new AwardCertificateOfHonour(
                                        f.employeeId,
                                        f.commendationId,
                                        f.title.getValue().strip(),
                                        f.issuedBy.getValue().strip(),
                                        Inputs.optional(f.certificateNumber),
                                        f.awardedOn.getValue())
                                : null;
                    }
                    case SALARY_STEP_INCREASE -> salaryStepIncrease(f, checks);
                    case BONUS -> {
                        checks.required(f.amount).required(f.fiscalYear).required(f.orderNumber);
                        yield checks.complete()
                                ? new GrantBonus(
                                        f.employeeId,
                                        f.commendationId,
                                        f.amount.getValue(),
                                        new FiscalYear(f.fiscalYear.getValue()),
                                        f.orderNumber.getValue().strip(),
                                        f.awardedOn.getValue())
                                : null;
                    }
                    case OUTSTANDING_EMPLOYEE_AWARD -> {
                        checks.required(f.awardTitle).required(f.awardedBy).required(f.year);
                        yield checks.complete()
                                ? new AwardOutstandingEmployee(
                                        f.employeeId,
                                        f.commendationId,
                                        f.awardTitle.getValue().strip(),
                                        f.awardedBy.getValue().strip(),
                                        f.year.getValue(),
                                        f.awardedOn.getValue())
                                : null;
                    }
                    case LETTER_OF_PRAISE -> {
                        checks.required(f.issuedBy).required(f.subject);
                        yield checks.complete()
                                ? new IssueLetterOfPraise(
                                        f.employeeId,
                                        f.commendationId,
                                        f.issuedBy.getValue().strip(),
                                        f.subject.getValue().strip(),
                                        Inputs.optional(f.referenceNumber),
                                        f.awardedOn.getValue())
                                : null;
                    }
                    default -> royalDecoration(f, checks);
                };
        return Optional.ofNullable(grant);
    }

    private static CommendationGrant salaryStepIncrease(CommendationFields f, FieldChecks checks) {
        checks.required(f.evaluation).required(f.orderNumber).required(f.effectiveOn);
        checks.check(
                f.steps,
                f.steps.getValue() == null && f.percentage.getValue() == null,
                f.getTranslation("forms.commendation.steps-or-percentage"));
        if (!checks.complete()) {
            return null;
        }
        return new GrantSalaryStepIncrease(
                f.employeeId,
                f.commendationId,
                f.steps.getValue(),
                f.percentage.getValue(),
                new EvaluationId(f.evaluation.getValue().entryId()),
                f.orderNumber.getValue().strip(),
                f.awardedOn.getValue(),
                f.effectiveOn.getValue());
    }

    private static CommendationGrant royalDecoration(CommendationFields f, FieldChecks checks) {
        checks.required(f.decorationClass)
                .required(f.gazetteVolume)
                .required(f.gazettePart)
                .required(f.gazettePage)
                .required(f.gazetteDate);
        if (!checks.complete()) {
            return null;
        }
        return new ConferRoyalDecoration(
                f.employeeId,
                f.commendationId,
                f.decorationClass.getValue(),
                f.gazetteVolume.getValue(),
                f.gazettePart.getValue().strip(),
                f.gazettePage.getValue(),
                f.gazetteDate.getValue(),
                f.awardedOn.getValue());
    }
}

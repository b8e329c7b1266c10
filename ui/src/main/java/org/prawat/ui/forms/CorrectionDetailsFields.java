package org.prawat.ui.forms;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import java.util.Optional;
import org.prawat.api.correction.CorrectionDetails;
import org.prawat.ui.session.CurrentUser;

/**
 * Why a record is corrected or retracted, the evidence, and who approved it (the signed-in account
 * unless someone else did); ids start with {@code prefix} ("correction" or "retraction").
 */
class CorrectionDetailsFields extends FormLayout {

    /** As {@code CorrectionDetails}' size limits. */
    private static final int REASON_MAX = 2_000;

    private static final int EVIDENCE_MAX = 300;
    private static final int NAME_MAX = 200;

    final TextArea reason;
    final TextField evidenceReference;
    final TextField approvedBy;

    CorrectionDetailsFields(String prefix) {
        reason = Inputs.area(prefix + "-reason", getTranslation("forms.correction.reason"), REASON_MAX);
        evidenceReference =
                Inputs.text(prefix + "-evidence", getTranslation("forms.correction.evidence"), EVIDENCE_MAX);
        approvedBy = Inputs.text(prefix + "-approved-by", getTranslation("forms.correction.approved-by"), NAME_MAX);
        approvedBy.setValue(CurrentUser.get().account());
        add(reason, evidenceReference, approvedBy);
        setColspan(reason, 2);
        addClassName("correction-details");
    }

    Optional<CorrectionDetails> read() {
        var checks =
                new FieldChecks().required(reason).required(evidenceReference).required(approvedBy);
        if (!checks.complete()) {
            return Optional.empty();
        }
        return Optional.of(new CorrectionDetails(
                reason.getValue().strip(),
                evidenceReference.getValue().strip(),
                approvedBy.getValue().strip()));
    }

    Map<String, HasValidation> byName() {
        return Map.of("reason", reason, "evidenceReference", evidenceReference, "approvedBy", approvedBy);
    }
}

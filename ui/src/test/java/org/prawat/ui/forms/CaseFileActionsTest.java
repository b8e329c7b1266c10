package org.prawat.ui.forms;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.prawat.api.organisation.FindOrganisationUnits;
import org.prawat.api.organisation.OrganisationUnitTree;
import org.prawat.ui.views.FakeCommands;
import org.prawat.ui.views.FakeQueries;
import org.prawat.ui.views.ViewTest;

class CaseFileActionsTest extends ViewTest {

    private final FakeCommands commands = new FakeCommands();
    private final FakeQueries queries =
            new FakeQueries().answer(FindOrganisationUnits.class, q -> new OrganisationUnitTree(List.of()));

    private List<String> buttonsShown() {
        show(new CaseFileActions(commands.gateway(), queries.gateway(), FormsTestData.CASE_FILE, () -> {}));
        return _find(Button.class).stream()
                .map(Component::getId)
                .flatMap(java.util.Optional::stream)
                .toList();
    }

    @Test
    void hr_may_record_a_training_an_evaluation_a_commendation_and_a_transfer_and_erase_personal_data() {
        signIn(FormsTestData.HR);
        assertThat(buttonsShown())
                .containsExactly(
                        "record-training",
                        "record-evaluation",
                        "record-commendation",
                        "record-transfer",
                        "erase-personal-data");
        assertThat(_get(Button.class, spec -> spec.withId("record-training")).getText())
                .isEqualTo("บันทึกการพัฒนา");
    }

    @Test
    void a_manager_may_record_evaluations_only() {
        signIn(FormsTestData.MANAGER);
        assertThat(buttonsShown()).containsExactly("record-evaluation");
    }

    @Test
    void auditors_and_record_owners_record_nothing() {
        signIn(FormsTestData.AUDITOR);
        assertThat(buttonsShown()).isEmpty();
        signIn(FormsTestData.OWNER);
        assertThat(buttonsShown()).isEmpty();
    }

    @Test
    void each_button_opens_its_form() {
        signIn(FormsTestData.HR);
        buttonsShown();
        for (String form : List.of("training", "evaluation", "commendation", "transfer")) {
            _click(_get(Button.class, spec -> spec.withId("record-" + form)));
            var dialog = _get(Dialog.class, spec -> spec.withId(form + "-form"));
            assertThat(dialog.isOpened()).isTrue();
            dialog.close();
        }
    }
}

package org.prawat.ui.forms;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.prawat.api.employee.AlreadyInUnit;
import org.prawat.api.employee.TransferEmployee;
import org.prawat.api.organisation.FindOrganisationUnits;
import org.prawat.api.organisation.OrganisationUnitNode;
import org.prawat.api.organisation.OrganisationUnitTree;
import org.prawat.ui.common.BuddhistDateField;
import org.prawat.ui.views.FakeCommands;
import org.prawat.ui.views.FakeQueries;
import org.prawat.ui.views.ViewTest;

class TransferFormTest extends ViewTest {

    private final OrganisationUnitNode finance =
            new OrganisationUnitNode(FormsTestData.FINANCE, "กองคลัง", List.of(FormsTestData.FINANCE));
    private final OrganisationUnitNode education = new OrganisationUnitNode(
            FormsTestData.EDUCATION, "กองการศึกษา ศาสนาและวัฒนธรรม", List.of(FormsTestData.EDUCATION));
    private final FakeCommands commands = new FakeCommands();
    private final FakeQueries queries = new FakeQueries()
            .answer(FindOrganisationUnits.class, q -> new OrganisationUnitTree(List.of(finance, education)));

    @BeforeEach
    void hrOpensTheForm() {
        signIn(FormsTestData.HR);
        new TransferForm(commands.gateway(), queries.gateway(), FormsTestData.CASE_FILE, () -> {}).open();
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<OrganisationUnitNode> unit() {
        return _get(ComboBox.class, spec -> spec.withId("transfer-unit"));
    }

    private void fillIn() {
        _setValue(unit(), education);
        _setValue(_get(TextField.class, spec -> spec.withId("transfer-order-number")), "อบต. 77/2568");
        _setValue(
                _get(BuddhistDateField.class, spec -> spec.withId("transfer-effective-on")), LocalDate.of(2025, 10, 1));
        _click(_get(Button.class, spec -> spec.withId("transfer-form-submit")));
    }

    @Test
    void the_units_offered_are_those_the_officer_sees_except_the_employee_s_own() {
        assertThat(unit().getListDataView().getItems()).containsExactly(education);
        assertThat(queries.lastAsked(FindOrganisationUnits.class).scope()).isEqualTo(FormsTestData.HR.scope());
    }

    @Test
    void a_complete_form_transfers_the_employee_to_the_chosen_unit() {
        fillIn();

        var sent = commands.sent(TransferEmployee.class).get(0);
        assertThat(sent.toUnitId()).isEqualTo(FormsTestData.EDUCATION);
        assertThat(sent.orderNumber()).isEqualTo("อบต. 77/2568");
        assertThat(sent.effectiveOn()).isEqualTo(LocalDate.of(2025, 10, 1));
    }

    @Test
    void a_transfer_to_the_same_unit_refused_by_the_server_is_shown_beside_the_unit() {
        commands.refuseWith(new AlreadyInUnit());
        fillIn();

        assertThat(unit().getErrorMessage()).isEqualTo("พนักงานสังกัดหน่วยงานนี้อยู่แล้ว: เลือกหน่วยงานอื่นเพื่อย้าย");
        assertThat(unit().getValue()).isEqualTo(education);
    }
}

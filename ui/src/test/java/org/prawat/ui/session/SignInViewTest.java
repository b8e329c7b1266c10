package org.prawat.ui.session;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.prawat.api.employee.EmployeeSearchResult;
import org.prawat.api.employee.SearchEmployees;
import org.prawat.api.organisation.FindOrganisationUnits;
import org.prawat.api.organisation.OrganisationUnitId;
import org.prawat.api.organisation.OrganisationUnitNode;
import org.prawat.api.organisation.OrganisationUnitTree;
import org.prawat.ui.views.FakeQueries;
import org.prawat.ui.views.ViewTest;

class SignInViewTest extends ViewTest {

    private final OrganisationUnitNode province = new OrganisationUnitNode(
            new OrganisationUnitId("u-province"),
            "องค์การบริหารส่วนจังหวัดขอนแก่น",
            List.of(new OrganisationUnitId("u-province")));
    private final FakeQueries queries = new FakeQueries()
            .answer(FindOrganisationUnits.class, q -> new OrganisationUnitTree(List.of(province)))
            .answer(SearchEmployees.class, q -> new EmployeeSearchResult(List.of(), 0));

    @Test
    void a_manager_signs_in_with_the_unit_they_are_responsible_for_as_their_scope() {
        show(new SignInView(queries.gateway())).beforeEnter(null);
        _setValue(_get(TextField.class, spec -> spec.withId("account")), "somchai.manager");
        _setValue(_get(RadioButtonGroup.class, spec -> spec.withId("role")), Role.MANAGER);
        @SuppressWarnings("unchecked")
        ComboBox<OrganisationUnitNode> unit = _get(ComboBox.class, spec -> spec.withId("unit"));
        assertThat(unit.isVisible()).isTrue();
        _setValue(unit, province);

        _click(_get(Button.class, spec -> spec.withId("sign-in")));

        var user = CurrentUser.get();
        assertThat(user.account()).isEqualTo("somchai.manager");
        assertThat(user.role()).isEqualTo(Role.MANAGER);
        assertThat(user.scope().units()).containsExactly(province.unitId());
    }

    @Test
    void a_manager_without_a_unit_is_told_to_choose_one_and_not_signed_in() {
        show(new SignInView(queries.gateway()));
        _setValue(_get(TextField.class, spec -> spec.withId("account")), "somchai.manager");
        _setValue(_get(RadioButtonGroup.class, spec -> spec.withId("role")), Role.MANAGER);

        _click(_get(Button.class, spec -> spec.withId("sign-in")));

        var unit = _get(ComboBox.class, spec -> spec.withId("unit"));
        assertThat(unit.isInvalid()).isTrue();
        assertThat(unit.getErrorMessage()).isEqualTo("กรุณาเลือกหน่วยงาน");
        assertThat(CurrentUser.inSession()).isEmpty();
    }
}

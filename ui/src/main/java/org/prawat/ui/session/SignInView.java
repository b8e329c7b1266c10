package org.prawat.ui.session;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.prawat.api.employee.EmployeeHit;
import org.prawat.api.employee.EmployeeSearchResult;
import org.prawat.api.employee.SearchEmployees;
import org.prawat.api.history.Scope;
import org.prawat.api.organisation.FindOrganisationUnits;
import org.prawat.api.organisation.OrganisationUnitNode;
import org.prawat.api.organisation.OrganisationUnitTree;

/**
 * Choosing who uses this session: an account name, a role, and the unit a manager is responsible
 * for or the employee a record owner is. A stand-in until sign-in with passwords and roles kept in
 * PostgreSQL (issue 6) replaces it; it already gives every command its issuer and every query its scope.
 */
@Route("sign-in")
public class SignInView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final QueryGateway queries;
    private final TextField account = new TextField();
    private final RadioButtonGroup<Role> role = new RadioButtonGroup<>();
    private final ComboBox<OrganisationUnitNode> unit = new ComboBox<>();
    private final ComboBox<EmployeeHit> self = new ComboBox<>();

    public SignInView(QueryGateway queries) {
        this.queries = queries;
        setMaxWidth("40em");

        account.setId("account");
        account.setLabel(getTranslation("sign-in.account"));
        account.setRequired(true);
        account.setWidthFull();

        role.setId("role");
        role.setLabel(getTranslation("sign-in.role"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> getTranslation(r.key()));
        role.setValue(Role.HR_OFFICER);
        role.addValueChangeListener(e -> showWhatTheRoleNeeds());

        unit.setId("unit");
        unit.setLabel(getTranslation("sign-in.unit"));
        unit.setItemLabelGenerator(OrganisationUnitNode::name);
        unit.setWidthFull();

        self.setId("self");
        self.setLabel(getTranslation("sign-in.self"));
        self.setItemLabelGenerator(hit -> hit.fullName() + " · " + hit.unitName());
        self.setWidthFull();
        self.setItems(query -> employees(query.getFilter().orElse(""), query.getPage(), query.getPageSize()).stream());

        var signIn = new Button(getTranslation("sign-in.submit"), e -> signIn());
        signIn.setId("sign-in");
        signIn.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        signIn.addClickShortcut(com.vaadin.flow.component.Key.ENTER);

        add(
                new H2(getTranslation("sign-in.title")),
                new Paragraph(getTranslation("sign-in.note")),
                account,
                role,
                unit,
                self,
                signIn);
        showWhatTheRoleNeeds();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        unit.setItems(units());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("sign-in.title");
    }

    private void showWhatTheRoleNeeds() {
        unit.setVisible(role.getValue() == Role.MANAGER);
        self.setVisible(role.getValue() == Role.EMPLOYEE);
    }

    private void signIn() {
        boolean complete = !account.getValue().isBlank()
                && (role.getValue() != Role.MANAGER || unit.getValue() != null)
                && (role.getValue() != Role.EMPLOYEE || self.getValue() != null);
        account.setInvalid(account.getValue().isBlank());
        account.setErrorMessage(getTranslation("sign-in.account.required"));
        unit.setInvalid(role.getValue() == Role.MANAGER && unit.getValue() == null);
        unit.setErrorMessage(getTranslation("sign-in.unit.required"));
        self.setInvalid(role.getValue() == Role.EMPLOYEE && self.getValue() == null);
        self.setErrorMessage(getTranslation("sign-in.self.required"));
        if (!complete) {
            return;
        }
        var user =
                switch (role.getValue()) {
                    case MANAGER -> new CurrentUser(
                            account.getValue().strip(),
                            Role.MANAGER,
                            Scope.of(List.of(unit.getValue().unitId())),
                            null);
                    case EMPLOYEE -> new CurrentUser(
                            account.getValue().strip(),
                            Role.EMPLOYEE,
                            Scope.everything(),
                            self.getValue().employeeId());
                    default -> new CurrentUser(account.getValue().strip(), role.getValue(), Scope.everything(), null);
                };
        user.signIn();
        UI.getCurrent().navigate(home(user.role()));
    }

    /** Where each role starts its work. */
    static String home(Role role) {
        return switch (role) {
            case HR_OFFICER -> "search";
            case MANAGER -> "team";
            case AUDITOR -> "audit";
            case EMPLOYEE -> "my-case-file";
        };
    }

    private List<OrganisationUnitNode> units() {
        return queries.query(
                        new FindOrganisationUnits(Scope.everything()),
                        ResponseTypes.instanceOf(OrganisationUnitTree.class))
                .join()
                .units();
    }

    private List<EmployeeHit> employees(String text, int page, int size) {
        return queries.query(
                        new SearchEmployees(text, page, size), ResponseTypes.instanceOf(EmployeeSearchResult.class))
                .join()
                .hits();
    }
}

package org.prawat.ui.account;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.organisation.OrganisationUnitNode;
import org.prawat.api.security.Role;
import org.prawat.ui.common.Refusal;

/**
 * Opens an account: name, role (never the application's own), the unit whose subtree a manager,
 * HR officer or auditor sees (none: everything, for the latter two), a record owner's case file and
 * the first password. A refusal is shown beside the field it concerns and the dialog keeps what was
 * typed.
 */
final class OpenAccountDialog extends Dialog {

    static final String ID = "open-account-form";

    private final AccountService accounts;
    private final Consumer<Account> onOpened;
    private final Div message = new Div();
    private final TextField name = new TextField();
    private final Select<Role> role = new Select<>();
    private final ComboBox<OrganisationUnitNode> unit = new ComboBox<>();
    private final TextField employee = new TextField();
    private final PasswordField password = new PasswordField();

    OpenAccountDialog(
            AccountService accounts,
            List<OrganisationUnitNode> units,
            Function<OrganisationUnitNode, String> unitLabel,
            Function<Role, String> roleName,
            Consumer<Account> onOpened) {
        this.accounts = accounts;
        this.onOpened = onOpened;
        setId(ID);
        addClassName("record-form");
        setCloseOnOutsideClick(false);
        setHeaderTitle(getTranslation("accounts.open"));
        message.setId(ID + "-message");
        message.addClassName("form-message");
        message.setVisible(false);

        name.setId("account-name");
        name.setLabel(getTranslation("accounts.name"));
        name.setHelperText(getTranslation("accounts.name.helper"));
        name.setRequiredIndicatorVisible(true);
        role.setId("account-role");
        role.setLabel(getTranslation("accounts.role"));
        role.setItems(Arrays.stream(Role.values()).filter(r -> r != Role.SYSTEM).toList());
        role.setItemLabelGenerator(roleName::apply);
        role.setRequiredIndicatorVisible(true);
        role.addValueChangeListener(e -> showFieldsOf(e.getValue()));
        unit.setId("account-unit");
        unit.setLabel(getTranslation("accounts.unit"));
        unit.setItems(units);
        unit.setItemLabelGenerator(unitLabel::apply);
        unit.setWidthFull();
        employee.setId("account-employee");
        employee.setLabel(getTranslation("accounts.employee"));
        password.setId("account-password");
        password.setLabel(getTranslation("accounts.password"));
        password.setHelperText(getTranslation("accounts.password.helper", AccountService.MINIMUM_PASSWORD_LENGTH));
        password.setRequiredIndicatorVisible(true);
        showFieldsOf(null);

        var layout = new VerticalLayout(message, name, role, unit, employee, password);
        layout.setPadding(false);
        add(layout);

        var submit = new Button(getTranslation("accounts.submit"), e -> submit());
        submit.setId(ID + "-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var cancel = new Button(getTranslation("accounts.cancel"), e -> close());
        cancel.setId(ID + "-cancel");
        getFooter().add(cancel, submit);
    }

    /** Only the fields the chosen role has: an administrator has no unit, only a record owner a case file. */
    private void showFieldsOf(Role chosen) {
        unit.setVisible(chosen == Role.MANAGER || chosen == Role.HR_OFFICER || chosen == Role.AUDITOR);
        unit.setHelperText(
                chosen == Role.MANAGER
                        ? getTranslation("accounts.unit.helper.manager")
                        : getTranslation("accounts.unit.helper.everything"));
        employee.setVisible(chosen == Role.EMPLOYEE);
    }

    private void submit() {
        message.setVisible(false);
        for (HasValidation field : List.of(name, role, unit, employee, password)) {
            field.setInvalid(false);
        }
        if (role.getValue() == null) {
            mark(role, getTranslation("accounts.role.required"));
            return;
        }
        var chosen = unit.isVisible() ? unit.getValue() : null;
        String caseFile = employee.isVisible() ? employee.getValue().strip() : "";
        var account = new NewAccount(
                name.getValue().strip(),
                role.getValue(),
                chosen == null ? null : chosen.unitId(),
                caseFile.isEmpty() ? null : new EmployeeId(caseFile));
        Account opened;
        try {
            opened = accounts.open(account, password.getValue());
        } catch (RuntimeException failure) {
            show(Refusal.of(failure, getLocale()));
            return;
        }
        close();
        onOpened.accept(opened);
    }

    private void show(Refusal refusal) {
        HasValidation field =
                switch (refusal.code() == null ? "" : refusal.code()) {
                    case "account.name-format", "account.name-taken" -> name;
                    case "account.password-too-short" -> password;
                    case "account.unit-required", "account.unknown-unit", "account.administrator-unit" -> unit;
                    case "account.employee-required" -> employee;
                    case "account.system-role" -> role;
                    default -> null;
                };
        if (field == null) {
            message.setText(refusal.message());
            message.setVisible(true);
        } else {
            mark(field, refusal.message());
        }
    }

    private static void mark(HasValidation field, String text) {
        field.setErrorMessage(text);
        field.setInvalid(true);
    }
}

package org.prawat.ui.account;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.PasswordField;
import org.prawat.ui.common.Refusal;

/** Sets a new password for an account (a forgotten one, or after a lock); the old one is not asked. */
final class PasswordDialog extends Dialog {

    static final String ID = "reset-password-form";

    private final AccountService accounts;
    private final String account;
    private final Runnable onSet;
    private final PasswordField password = new PasswordField();

    PasswordDialog(AccountService accounts, String account, Runnable onSet) {
        this.accounts = accounts;
        this.account = account;
        this.onSet = onSet;
        setId(ID);
        addClassName("record-form");
        setCloseOnOutsideClick(false);
        setHeaderTitle(getTranslation("accounts.reset.title", account));

        password.setId("new-password");
        password.setLabel(getTranslation("accounts.password.new"));
        password.setHelperText(getTranslation("accounts.password.helper", AccountService.MINIMUM_PASSWORD_LENGTH));
        password.setRequiredIndicatorVisible(true);
        password.setWidthFull();
        add(password);

        var submit = new Button(getTranslation("accounts.reset.submit"), e -> submit());
        submit.setId(ID + "-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var cancel = new Button(getTranslation("accounts.cancel"), e -> close());
        cancel.setId(ID + "-cancel");
        getFooter().add(cancel, submit);
    }

    private void submit() {
        try {
            accounts.resetPassword(account, password.getValue());
        } catch (RuntimeException failure) {
            password.setErrorMessage(Refusal.of(failure, getLocale()).message());
            password.setInvalid(true);
            return;
        }
        close();
        onSet.run();
    }
}

package org.prawat.ui.forms;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.Map;
import java.util.Optional;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.prawat.ui.common.Refusal;
import org.prawat.ui.session.CurrentUser;

/**
 * A dialog that sends one command: its fields, a message line at the top for what concerns no single
 * field, and a submit button. A refusal from the server is shown beside the field it concerns (by
 * the rule's code or the command's property path) and the dialog stays open with what was typed;
 * only an accepted command closes it and runs {@code onRecorded}.
 */
abstract class FormDialog extends Dialog {

    private final CommandGateway commands;
    private final Runnable onRecorded;
    private final Div message = new Div();

    FormDialog(String id, CommandGateway commands, Runnable onRecorded) {
        this.commands = commands;
        this.onRecorded = onRecorded;
        setId(id);
        addClassName("record-form");
        setCloseOnOutsideClick(false);
        message.setId(id + "-message");
        message.addClassName("form-message");
        message.setVisible(false);

        var submit = new Button(getTranslation("forms.submit"), e -> submit());
        submit.setId(id + "-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var cancel = new Button(getTranslation("forms.cancel"), e -> close());
        cancel.setId(id + "-cancel");
        getFooter().add(cancel, submit);
    }

    /** Lays out the dialog's body below its message line. */
    protected void body(Component... parts) {
        var layout = new VerticalLayout(message);
        layout.setPadding(false);
        layout.add(parts);
        add(layout);
    }

    /** The command the fields describe, or empty after marking what is missing. */
    protected abstract Optional<Object> command();

    /** The fields by the names of the command's properties (nested paths are matched by their parts). */
    protected abstract Map<String, HasValidation> fieldsByName();

    /** The field a business rule's refusal concerns, if any; else the message goes to the top. */
    protected abstract Optional<HasValidation> fieldForRule(String code, String message);

    /** A reason recorded with the command's metadata, if the form has one. */
    protected String reason() {
        return null;
    }

    private void submit() {
        message.setVisible(false);
        var command = command();
        if (command.isEmpty()) {
            return;
        }
        try {
            commands.sendAndWait(CurrentUser.get().issue(command.get(), reason()));
        } catch (RuntimeException failure) {
            show(Refusal.of(failure, getLocale()));
            return;
        }
        close();
        onRecorded.run();
    }

    private void show(Refusal refusal) {
        if (refusal.fields().isEmpty()) {
            fieldForRule(refusal.code(), refusal.message())
                    .ifPresentOrElse(field -> mark(field, refusal.message()), () -> say(refusal.message()));
            return;
        }
        var unplaced = new ArrayList<String>();
        refusal.fields().forEach((path, text) -> byPath(fieldsByName(), path)
                .ifPresentOrElse(field -> mark(field, text), () -> unplaced.add(text)));
        unplaced.add(0, refusal.message());
        say(String.join(" ", unplaced));
    }

    private void say(String text) {
        message.setText(text);
        message.setVisible(true);
    }

    private static void mark(HasValidation field, String text) {
        field.setErrorMessage(text);
        field.setInvalid(true);
    }

    /** The field of {@code fields} a property path names: the path itself, else its last or first part. */
    static Optional<HasValidation> byPath(Map<String, HasValidation> fields, String propertyPath) {
        if (propertyPath == null) {
            return Optional.empty();
        }
        String[] parts = propertyPath.split("\\.");
        return Optional.ofNullable(fields.get(propertyPath))
                .or(() -> Optional.ofNullable(fields.get(parts[parts.length - 1])))
                .or(() -> Optional.ofNullable(fields.get(parts[0])));
    }
}

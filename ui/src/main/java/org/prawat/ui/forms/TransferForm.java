package org.prawat.ui.forms;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import java.util.Optional;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.prawat.api.employee.TransferEmployee;
import org.prawat.api.history.CaseHistory;
import org.prawat.api.organisation.FindOrganisationUnits;
import org.prawat.api.organisation.OrganisationUnitNode;
import org.prawat.api.organisation.OrganisationUnitTree;
import org.prawat.ui.common.BuddhistDateField;
import org.prawat.ui.session.CurrentUser;

/** Moves the employee to another unit by an order ({@link TransferEmployee}); the units are those the user sees. */
class TransferForm extends FormDialog {

    /** The api sets no limit on an order number; this one matches the other forms' order numbers. */
    private static final int ORDER_NUMBER_MAX = 100;

    private final CaseHistory caseFile;
    private final ComboBox<OrganisationUnitNode> unit = new ComboBox<>();
    private final TextField orderNumber;
    private final BuddhistDateField effectiveOn;

    TransferForm(CommandGateway commands, QueryGateway queries, CaseHistory caseFile, Runnable onRecorded) {
        super("transfer-form", commands, onRecorded);
        this.caseFile = caseFile;
        setHeaderTitle(getTranslation("forms.transfer.form.title"));
        unit.setId("transfer-unit");
        unit.setLabel(getTranslation("forms.transfer.unit"));
        unit.setItemLabelGenerator(OrganisationUnitNode::name);
        unit.setWidthFull();
        unit.setItems(queries
                .query(
                        new FindOrganisationUnits(CurrentUser.get().scope()),
                        ResponseTypes.instanceOf(OrganisationUnitTree.class))
                .join()
                .units()
                .stream()
                .filter(node -> !node.unitId().equals(caseFile.unitId()))
                .toList());
        orderNumber =
                Inputs.text("transfer-order-number", getTranslation("forms.transfer.order-number"), ORDER_NUMBER_MAX);
        effectiveOn = Inputs.date("transfer-effective-on", getTranslation("forms.transfer.effective-on"));
        body(new FormLayout(unit, orderNumber, effectiveOn));
    }

    @Override
    protected Optional<Object> command() {
        var checks = new FieldChecks().required(unit).required(orderNumber).required(effectiveOn);
        if (!checks.complete()) {
            return Optional.empty();
        }
        return Optional.of(new TransferEmployee(
                caseFile.employeeId(),
                unit.getValue().unitId(),
                orderNumber.getValue().strip(),
                effectiveOn.getValue()));
    }

    @Override
    protected Map<String, HasValidation> fieldsByName() {
        return Map.of("toUnitId", unit, "orderNumber", orderNumber, "effectiveOn", effectiveOn);
    }

    @Override
    protected Optional<HasValidation> fieldForRule(String code, String message) {
        return switch (code == null ? "" : code) {
            case "employee.already-in-unit", "organisation-unit.unknown" -> Optional.of(unit);
            case "date.future", "date.buddhist-era", "employee.before-appointment" -> Optional.of(effectiveOn);
            default -> Optional.empty();
        };
    }
}

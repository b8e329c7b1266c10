package org.prawat.ui.attendance;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.prawat.api.employee.EmployeeHit;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.employee.EmployeeSearchResult;
import org.prawat.api.employee.FindEmployeesByIdentifiers;
import org.prawat.api.employee.IdentifiedEmployee;
import org.prawat.api.employee.IdentifiedEmployees;
import org.prawat.api.employee.SearchEmployees;
import org.prawat.ui.session.CurrentUser;

/**
 * The attendees of a session, gathered two ways: chosen from a searchable list, or pasted (one
 * national ID or employee id a line) and recognised on the read side. Lines naming nobody are
 * listed and left in the box to be corrected.
 */
final class AttendeePicker extends VerticalLayout {

    private final QueryGateway queries;
    private final MultiSelectComboBox<EmployeeHit> search = new MultiSelectComboBox<>();
    private final TextArea pasted = new TextArea();
    private final Div unrecognised = new Div();
    private final Span count = new Span();
    private final Grid<EmployeeHit> list = new Grid<>();
    private final Map<EmployeeId, EmployeeHit> fromPaste = new LinkedHashMap<>();

    AttendeePicker(QueryGateway queries) {
        this.queries = queries;
        setPadding(false);
        setWidth("48em");

        search.setId("attendance-employees");
        search.setLabel(getTranslation("attendance.employees"));
        search.setWidthFull();
        search.setItemLabelGenerator(hit -> hit.fullName() + " · " + hit.unitName());
        search.setItems(query -> employees(query.getFilter().orElse(""), query.getPage(), query.getPageSize()));
        search.addValueChangeListener(e -> refresh());

        pasted.setId("attendance-paste");
        pasted.setLabel(getTranslation("attendance.paste"));
        pasted.setHelperText(getTranslation("attendance.paste.helper", PastedLines.MAX));
        pasted.setWidthFull();
        var recognise = new Button(getTranslation("attendance.recognise"), e -> recognise());
        recognise.setId("attendance-recognise");
        recognise.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
        unrecognised.setId("attendance-unrecognised");
        unrecognised.addClassName("attendance-unrecognised");

        count.setId("attendance-count");
        list.setId("attendance-attendees");
        list.addColumn(EmployeeHit::fullName).setHeader(getTranslation("attendance.name"));
        list.addColumn(EmployeeHit::unitName).setHeader(getTranslation("attendance.unit"));
        list.addColumn(EmployeeHit::nationalIdMasked).setHeader(getTranslation("attendance.national-id"));
        list.setAllRowsVisible(true);
        add(search, pasted, recognise, unrecognised, count, list);
        refresh();
    }

    /** Everyone chosen or recognised, each once, the searched ones first. */
    List<EmployeeHit> value() {
        var all = new LinkedHashMap<EmployeeId, EmployeeHit>();
        search.getValue().forEach(hit -> all.put(hit.employeeId(), hit));
        fromPaste.forEach(all::putIfAbsent);
        return new ArrayList<>(all.values());
    }

    void requireSome() {
        boolean none = value().isEmpty();
        count.setText(getTranslation(none ? "attendance.none" : "attendance.count", value().size()));
        count.getElement().getClassList().set("attendance-error", none);
    }

    void clear() {
        fromPaste.clear();
        search.clear();
        refresh();
    }

    private void recognise() {
        var lines = PastedLines.of(pasted.getValue());
        pasted.setInvalid(lines.size() > PastedLines.MAX);
        if (pasted.isInvalid()) {
            pasted.setErrorMessage(getTranslation("attendance.paste.too-many", PastedLines.MAX, lines.size()));
            return;
        }
        var found = lines.isEmpty()
                ? List.<IdentifiedEmployee>of()
                : queries.query(
                                new FindEmployeesByIdentifiers(
                                        lines, CurrentUser.get().scope()),
                                ResponseTypes.instanceOf(IdentifiedEmployees.class))
                        .join()
                        .found();
        var recognised = new HashSet<String>();
        found.forEach(f -> {
            fromPaste.put(f.employee().employeeId(), f.employee());
            recognised.add(f.identifier());
        });
        var missing = lines.stream().filter(line -> !recognised.contains(line)).toList();
        unrecognised.removeAll();
        if (!missing.isEmpty()) {
            unrecognised.add(new Span(getTranslation("attendance.unrecognised", missing.size())));
            missing.forEach(line -> {
                var item = new Span(line);
                item.addClassName("unrecognised-line");
                unrecognised.add(item);
            });
        }
        pasted.setValue(String.join("\n", missing));
        refresh();
    }

    private void refresh() {
        var all = value();
        list.setItems(all);
        count.setText(getTranslation("attendance.count", all.size()));
        count.getElement().getClassList().remove("attendance-error");
    }

    private java.util.stream.Stream<EmployeeHit> employees(String text, int page, int size) {
        return queries
                .query(
                        new SearchEmployees(text, page, size, CurrentUser.get().scope()),
                        ResponseTypes.instanceOf(EmployeeSearchResult.class))
                .join()
                .hits()
                .stream();
    }
}

package org.prawat.ui.employee;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.prawat.api.employee.EmployeeHit;
import org.prawat.api.employee.EmployeeSearchResult;
import org.prawat.api.employee.SearchEmployees;
import org.prawat.ui.layout.MainLayout;
import org.prawat.ui.session.CurrentUser;

/** The employee register: everyone, or those matching any Thai word of name, unit or position. */
@PermitAll
@Route(value = "", layout = MainLayout.class)
@PageTitle("Prawat")
public class EmployeesView extends VerticalLayout {

    private final QueryGateway queries;
    private final TextField search = new TextField();
    private final Grid<EmployeeHit> grid = new Grid<>();

    public EmployeesView(QueryGateway queries) {
        this.queries = queries;
        setSizeFull();

        search.setId("employee-search");
        search.setPlaceholder(getTranslation("employees.search.placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setWidth("32em");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        grid.setId("employees");
        grid.addColumn(EmployeeHit::fullName)
                .setHeader(getTranslation("employees.name"))
                .setAutoWidth(true);
        grid.addColumn(EmployeeHit::position)
                .setHeader(getTranslation("employees.position"))
                .setAutoWidth(true);
        grid.addColumn(EmployeeHit::unitName)
                .setHeader(getTranslation("employees.unit"))
                .setAutoWidth(true);
        grid.addColumn(EmployeeHit::nationalIdMasked).setHeader(getTranslation("employees.national-id"));
        // An exact count (not Grid's undefined-size mode), so a narrower search never leaves rows
        // of the previous, wider one behind.
        grid.setItems(query -> search(query.getPage(), query.getPageSize()).hits().stream(), query ->
                (int) search(0, 1).total());

        add(new H2(getTranslation("employees.title")), search, grid);
    }

    private EmployeeSearchResult search(int page, int size) {
        return queries.query(
                        new SearchEmployees(
                                search.getValue(), page, size, CurrentUser.get().scope()),
                        ResponseTypes.instanceOf(EmployeeSearchResult.class))
                .join();
    }
}

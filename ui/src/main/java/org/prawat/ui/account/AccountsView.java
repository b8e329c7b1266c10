package org.prawat.ui.account;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.prawat.api.organisation.FindOrganisationUnits;
import org.prawat.api.organisation.OrganisationUnitId;
import org.prawat.api.organisation.OrganisationUnitNode;
import org.prawat.api.organisation.OrganisationUnitTree;
import org.prawat.api.security.Role;
import org.prawat.ui.common.Refusal;
import org.prawat.ui.common.ThaiDates;
import org.prawat.ui.layout.MainLayout;
import org.prawat.ui.session.CurrentUser;
import org.prawat.ui.session.Roles;

/**
 * The administrator's start page: every account with its role, unit, case file and whether it may
 * sign in; opening an account, setting a new password (which also lifts a lock) and disabling or
 * enabling one. The administrator's own account cannot be disabled here, so nobody locks the last
 * administrator out by a slip.
 */
@RolesAllowed(Roles.ADMINISTRATOR)
@Route(value = "accounts", layout = MainLayout.class)
public class AccountsView extends VerticalLayout implements HasDynamicTitle {

    private final AccountService accounts;
    private final QueryGateway queries;
    private final Clock clock;
    private final Grid<Account> grid = new Grid<>();
    private List<OrganisationUnitNode> units;
    private final Map<OrganisationUnitId, String> unitNames = new HashMap<>();

    public AccountsView(AccountService accounts, QueryGateway queries, Clock clock) {
        this.accounts = accounts;
        this.queries = queries;
        this.clock = clock;
        setSizeFull();

        var open = new Button(getTranslation("accounts.open"), e -> openAccount());
        open.setId("open-account");
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        grid.setId("accounts");
        grid.addColumn(Account::name)
                .setKey("name")
                .setHeader(getTranslation("accounts.name"))
                .setAutoWidth(true);
        grid.addColumn(account -> roleName(account.role()))
                .setKey("role")
                .setHeader(getTranslation("accounts.role"))
                .setAutoWidth(true);
        grid.addColumn(this::unitName)
                .setKey("unit")
                .setHeader(getTranslation("accounts.unit"))
                .setFlexGrow(1);
        grid.addColumn(account ->
                        account.employee() == null ? "" : account.employee().value())
                .setKey("employee")
                .setHeader(getTranslation("accounts.employee"))
                .setAutoWidth(true);
        grid.addColumn(this::state)
                .setKey("state")
                .setHeader(getTranslation("accounts.state"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::actions).setKey("actions").setAutoWidth(true);
        grid.setSizeFull();

        add(new H2(getTranslation("accounts.title")), open, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("accounts.title");
    }

    @Override
    protected void onAttach(AttachEvent event) {
        if (units == null) {
            units = queries.query(
                            new FindOrganisationUnits(CurrentUser.get().scope()),
                            ResponseTypes.instanceOf(OrganisationUnitTree.class))
                    .join()
                    .units();
            units.forEach(unit -> unitNames.put(unit.unitId(), unit.name()));
        }
        refresh();
    }

    void refresh() {
        grid.setItems(accounts.all());
    }

    private void openAccount() {
        new OpenAccountDialog(accounts, units, this::pathOf, this::roleName, opened -> {
                    refresh();
                    tell(getTranslation("accounts.opened", opened.name()));
                })
                .open();
    }

    private HorizontalLayout actions(Account account) {
        var reset =
                new Button(getTranslation("accounts.reset"), e -> new PasswordDialog(accounts, account.name(), () -> {
                            refresh();
                            tell(getTranslation("accounts.password-set", account.name()));
                        })
                        .open());
        reset.addClassName("account-reset");
        reset.addThemeVariants(ButtonVariant.LUMO_SMALL);
        var actions = new HorizontalLayout(reset);
        if (account.enabled()) {
            var disable = new Button(getTranslation("accounts.disable"), e -> disable(account));
            disable.addClassName("account-disable");
            disable.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            disable.setEnabled(!account.name().equals(CurrentUser.get().account()));
            actions.add(disable);
        } else {
            var enable = new Button(getTranslation("accounts.enable"), e -> enable(account));
            enable.addClassName("account-enable");
            enable.addThemeVariants(ButtonVariant.LUMO_SMALL);
            actions.add(enable);
        }
        // Which account the row is about, so the buttons of one account can be told apart.
        actions.getElement().setAttribute("data-account", account.name());
        return actions;
    }

    private void disable(Account account) {
        change(() -> accounts.disable(account.name()), getTranslation("accounts.disabled", account.name()));
    }

    private void enable(Account account) {
        change(() -> accounts.enable(account.name()), getTranslation("accounts.enabled", account.name()));
    }

    private void change(Runnable change, String done) {
        try {
            change.run();
        } catch (RuntimeException failure) {
            var notification =
                    Notification.show(Refusal.of(failure, getLocale()).message());
            notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
            return;
        } finally {
            refresh();
        }
        tell(done);
    }

    private static void tell(String text) {
        Notification.show(text).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private String state(Account account) {
        if (!account.enabled()) {
            return getTranslation("accounts.state.disabled");
        }
        if (account.lockedAt(clock.instant())) {
            return getTranslation("accounts.state.locked", ThaiDates.dateTime(account.lockedUntil(), getLocale()));
        }
        return getTranslation("accounts.state.enabled");
    }

    private String unitName(Account account) {
        if (account.unit() == null) {
            return account.role() == Role.MANAGER || account.role() == Role.EMPLOYEE
                    ? ""
                    : getTranslation("accounts.unit.everything");
        }
        return unitNames.getOrDefault(account.unit(), account.unit().value());
    }

    /** A unit with the units above it, so units of the same name in two provinces can be told apart. */
    private String pathOf(OrganisationUnitNode unit) {
        return String.join(
                " › ",
                unit.path().stream()
                        .map(id -> unitNames.getOrDefault(id, id.value()))
                        .toList());
    }

    /** Literal keys, so the translations test sees every role's name. */
    String roleName(Role role) {
        return switch (role) {
            case HR_OFFICER -> getTranslation("role.HR_OFFICER");
            case MANAGER -> getTranslation("role.MANAGER");
            case AUDITOR -> getTranslation("role.AUDITOR");
            case EMPLOYEE -> getTranslation("role.EMPLOYEE");
            case ADMINISTRATOR -> getTranslation("role.ADMINISTRATOR");
            case SYSTEM -> role.name();
        };
    }
}

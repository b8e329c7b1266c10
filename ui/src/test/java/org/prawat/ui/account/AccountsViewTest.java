package org.prawat.ui.account;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.history.Scope;
import org.prawat.api.organisation.FindOrganisationUnits;
import org.prawat.api.organisation.OrganisationUnitId;
import org.prawat.api.organisation.OrganisationUnitNode;
import org.prawat.api.organisation.OrganisationUnitTree;
import org.prawat.api.security.Role;
import org.prawat.ui.i18n.PrawatTranslations;
import org.prawat.ui.session.CurrentUser;
import org.prawat.ui.views.FakeQueries;
import org.prawat.ui.views.ViewTest;
import org.springframework.security.crypto.password.PasswordEncoder;

class AccountsViewTest extends ViewTest {

    private static final Instant NOW = Instant.parse("2026-11-22T03:00:00Z");
    private static final OrganisationUnitId MINISTRY = new OrganisationUnitId("u-moph");
    private static final OrganisationUnitId SONGKHLA = new OrganisationUnitId("u-songkhla");
    private static final List<OrganisationUnitNode> UNITS = List.of(
            new OrganisationUnitNode(MINISTRY, "กระทรวงสาธารณสุข", List.of(MINISTRY)),
            new OrganisationUnitNode(SONGKHLA, "สำนักงานสาธารณสุขจังหวัดสงขลา", List.of(MINISTRY, SONGKHLA)));

    private final AccountsInMemory stored = new AccountsInMemory(Set.of(MINISTRY, SONGKHLA));
    private final AccountService service =
            new AccountService(stored, new PlainPasswords(), Clock.fixed(NOW, ZoneOffset.UTC));
    private final FakeQueries queries =
            new FakeQueries().answer(FindOrganisationUnits.class, q -> new OrganisationUnitTree(UNITS));

    @BeforeEach
    void anAdministratorAndTwoAccounts() {
        service.open(NewAccount.administrator("admin.wichai"), "รหัสผ่านยาวพอแล้ว");
        service.open(new NewAccount("mgr.kanya", Role.MANAGER, SONGKHLA, null), "สงขลา-2569-ปลอดภัย");
        stored.put(
                new Account(
                        "supaporn",
                        Role.EMPLOYEE,
                        null,
                        new EmployeeId("e-supaporn"),
                        true,
                        0,
                        NOW.plusSeconds(600),
                        NOW,
                        NOW),
                "{plain}ลืมรหัสผ่าน");
        signIn(new CurrentUser("admin.wichai", Role.ADMINISTRATOR, Scope.everything(), null));
    }

    @Test
    void the_view_lists_every_account_with_its_role_unit_case_file_and_status_in_thai() {
        var grid = accounts();

        assertThat(GridKt._size(grid)).isEqualTo(3);
        assertThat(GridKt._getFormattedRow(grid, 0)).contains("admin.wichai", "ผู้ดูแลระบบ", "ใช้งานได้");
        assertThat(GridKt._getFormattedRow(grid, 1))
                .contains("mgr.kanya", "ผู้บังคับบัญชา", "สำนักงานสาธารณสุขจังหวัดสงขลา", "ใช้งานได้");
        assertThat(GridKt._getFormattedRow(grid, 2)).contains("supaporn", "เจ้าของประวัติ", "e-supaporn");
        assertThat(String.join(" ", GridKt._getFormattedRow(grid, 2))).contains("ถูกล็อกถึง");
        assertThat(queries.lastAsked(FindOrganisationUnits.class).scope()).isEqualTo(Scope.everything());
    }

    @Test
    void in_english_the_roles_and_title_read_in_english() {
        speak(PrawatTranslations.ENGLISH);
        var view = show(new AccountsView(service, queries.gateway(), Clock.fixed(NOW, ZoneOffset.UTC)));

        assertThat(view.getPageTitle()).isEqualTo("Accounts");
        assertThat(GridKt._getFormattedRow(grid(), 1)).contains("mgr.kanya", "Manager", "May sign in");
    }

    @Test
    void every_role_but_the_applications_own_has_a_translated_name() {
        var view = show(new AccountsView(service, queries.gateway(), Clock.fixed(NOW, ZoneOffset.UTC)));
        for (Role role : Role.values()) {
            if (role != Role.SYSTEM) {
                assertThat(view.roleName(role)).doesNotStartWith("!");
            }
        }
    }

    @Test
    void opening_a_manager_account_stores_the_typed_values_and_lists_it() {
        var grid = accounts();

        _click(_get(Button.class, spec -> spec.withId("open-account")));
        assertThat(_get(Select.class, spec -> spec.withId("account-role"))
                        .getListDataView()
                        .getItems())
                .doesNotContain(Role.SYSTEM);
        _setValue(_get(TextField.class, spec -> spec.withId("account-name")), " mgr.somchai ");
        _setValue(_get(Select.class, spec -> spec.withId("account-role")), Role.MANAGER);
        _setValue(_get(ComboBox.class, spec -> spec.withId("account-unit")), UNITS.get(1));
        _setValue(_get(PasswordField.class, spec -> spec.withId("account-password")), "หาดใหญ่-ยาวพอ");
        _click(_get(Button.class, spec -> spec.withId("open-account-form-submit")));

        assertThat(stored.find("mgr.somchai"))
                .get()
                .extracting(Account::role, Account::unit, Account::employee, Account::enabled)
                .containsExactly(Role.MANAGER, SONGKHLA, null, true);
        assertThat(stored.passwordHash("mgr.somchai")).contains("{plain}หาดใหญ่-ยาวพอ");
        assertThat(GridKt._size(grid)).isEqualTo(4);
        assertThat(notifications()).contains("เปิดบัญชี mgr.somchai แล้ว");
    }

    @Test
    void a_unit_is_shown_with_the_units_above_it() {
        accounts();
        _click(_get(Button.class, spec -> spec.withId("open-account")));
        _setValue(_get(Select.class, spec -> spec.withId("account-role")), Role.MANAGER);

        @SuppressWarnings("unchecked")
        ComboBox<OrganisationUnitNode> unit = _get(ComboBox.class, spec -> spec.withId("account-unit"));
        assertThat(unit.getItemLabelGenerator().apply(UNITS.get(1)))
                .isEqualTo("กระทรวงสาธารณสุข › สำนักงานสาธารณสุขจังหวัดสงขลา");
    }

    @Test
    void a_record_owners_account_carries_the_typed_case_file() {
        accounts();
        _click(_get(Button.class, spec -> spec.withId("open-account")));
        _setValue(_get(TextField.class, spec -> spec.withId("account-name")), "somsak");
        _setValue(_get(Select.class, spec -> spec.withId("account-role")), Role.EMPLOYEE);
        assertThat(_find(ComboBox.class, spec -> spec.withId("account-unit")))
                .as("a record owner sees no unit")
                .isEmpty();
        _setValue(_get(TextField.class, spec -> spec.withId("account-employee")), "e-somsak ");
        _setValue(_get(PasswordField.class, spec -> spec.withId("account-password")), "ประวัติของฉันเอง");
        _click(_get(Button.class, spec -> spec.withId("open-account-form-submit")));

        assertThat(stored.find("somsak").orElseThrow().employee()).isEqualTo(new EmployeeId("e-somsak"));
    }

    @Test
    void a_refusal_is_shown_beside_the_field_in_the_users_language_and_the_dialog_stays_open() {
        accounts();
        _click(_get(Button.class, spec -> spec.withId("open-account")));
        _setValue(_get(TextField.class, spec -> spec.withId("account-name")), "mgr.kanya");
        _setValue(_get(Select.class, spec -> spec.withId("account-role")), Role.HR_OFFICER);
        _setValue(_get(PasswordField.class, spec -> spec.withId("account-password")), "ยาวพอสำหรับรหัส");
        _click(_get(Button.class, spec -> spec.withId("open-account-form-submit")));

        var name = _get(TextField.class, spec -> spec.withId("account-name"));
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("มีบัญชีผู้ใช้ชื่อ mgr.kanya อยู่แล้ว");
        assertThat(name.getValue()).isEqualTo("mgr.kanya");
        assertThat(stored.find("mgr.kanya").orElseThrow().role()).isEqualTo(Role.MANAGER);
    }

    @Test
    void a_manager_without_a_unit_is_refused_in_english_for_an_english_speaker() {
        speak(PrawatTranslations.ENGLISH);
        accounts();
        _click(_get(Button.class, spec -> spec.withId("open-account")));
        _setValue(_get(TextField.class, spec -> spec.withId("account-name")), "mgr.new");
        _setValue(_get(Select.class, spec -> spec.withId("account-role")), Role.MANAGER);
        _setValue(_get(PasswordField.class, spec -> spec.withId("account-password")), "long-enough-pass");
        _click(_get(Button.class, spec -> spec.withId("open-account-form-submit")));

        assertThat(_get(ComboBox.class, spec -> spec.withId("account-unit")).getErrorMessage())
                .isEqualTo("A manager needs the unit they are responsible for");
        assertThat(service.exists("mgr.new")).isFalse();
    }

    @Test
    void without_a_role_nothing_is_opened() {
        accounts();
        _click(_get(Button.class, spec -> spec.withId("open-account")));
        _setValue(_get(TextField.class, spec -> spec.withId("account-name")), "nobody");
        _click(_get(Button.class, spec -> spec.withId("open-account-form-submit")));

        assertThat(_get(Select.class, spec -> spec.withId("account-role")).getErrorMessage())
                .isEqualTo("กรุณาเลือกบทบาท");
        assertThat(_find(Div.class, spec -> spec.withId("open-account-form-message")))
                .isEmpty();
        assertThat(service.exists("nobody")).isFalse();
    }

    @Test
    void a_new_password_is_stored_and_lifts_the_lock() {
        var grid = accounts();

        _click(_get(row(grid, "supaporn"), Button.class, spec -> spec.withClasses("account-reset")));
        _setValue(_get(PasswordField.class, spec -> spec.withId("new-password")), "รหัสผ่านใหม่ของสุภาพร");
        _click(_get(Button.class, spec -> spec.withId("reset-password-form-submit")));

        assertThat(stored.passwordHash("supaporn")).contains("{plain}รหัสผ่านใหม่ของสุภาพร");
        assertThat(stored.find("supaporn").orElseThrow().lockedUntil()).isNull();
        assertThat(GridKt._getFormattedRow(grid, 2)).contains("ใช้งานได้");
    }

    @Test
    void a_short_new_password_is_refused_beside_the_field() {
        var grid = accounts();

        _click(_get(row(grid, "supaporn"), Button.class, spec -> spec.withClasses("account-reset")));
        _setValue(_get(PasswordField.class, spec -> spec.withId("new-password")), "1234");
        _click(_get(Button.class, spec -> spec.withId("reset-password-form-submit")));

        assertThat(_get(PasswordField.class, spec -> spec.withId("new-password"))
                        .getErrorMessage())
                .isEqualTo("รหัสผ่านต้องยาวอย่างน้อย 10 ตัวอักษร");
        assertThat(stored.passwordHash("supaporn")).contains("{plain}ลืมรหัสผ่าน");
    }

    @Test
    void disabling_and_enabling_an_account_changes_whether_it_may_sign_in() {
        var grid = accounts();

        _click(_get(row(grid, "mgr.kanya"), Button.class, spec -> spec.withClasses("account-disable")));
        assertThat(stored.find("mgr.kanya").orElseThrow().enabled()).isFalse();
        assertThat(GridKt._getFormattedRow(grid, 1)).contains("ปิดการใช้งาน");
        assertThat(notifications()).contains("ปิดการใช้งานบัญชี mgr.kanya แล้ว");

        _click(_get(row(grid, "mgr.kanya"), Button.class, spec -> spec.withClasses("account-enable")));
        assertThat(stored.find("mgr.kanya").orElseThrow().enabled()).isTrue();
    }

    @Test
    void the_administrator_cannot_disable_their_own_account() {
        var grid = accounts();

        assertThat(_get(row(grid, "admin.wichai"), Button.class, spec -> spec.withClasses("account-disable"))
                        .isEnabled())
                .isFalse();
    }

    private Grid<Account> accounts() {
        show(new AccountsView(service, queries.gateway(), Clock.fixed(NOW, ZoneOffset.UTC)));
        return grid();
    }

    @SuppressWarnings("unchecked")
    private static Grid<Account> grid() {
        return _get(Grid.class, spec -> spec.withId("accounts"));
    }

    private static HorizontalLayout row(Grid<Account> grid, String name) {
        for (int i = 0; i < GridKt._size(grid); i++) {
            if (GridKt._get(grid, i).name().equals(name)) {
                return (HorizontalLayout) GridKt._getCellComponent(grid, i, "actions");
            }
        }
        throw new AssertionError("No row for " + name);
    }

    private static List<String> notifications() {
        return NotificationsKt.getNotifications().stream()
                .map(n -> n.getElement().getProperty("text"))
                .toList();
    }

    /** Keeps the password readable so a test can see which one was stored; never used outside tests. */
    private static final class PlainPasswords implements PasswordEncoder {
        @Override
        public String encode(CharSequence raw) {
            return "{plain}" + raw;
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            return encoded.equals(encode(raw));
        }
    }
}

package org.prawat.ui.layout;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;
import org.prawat.api.security.Role;
import org.prawat.ui.i18n.PrawatTranslations;
import org.prawat.ui.session.CurrentUser;
import org.prawat.ui.session.Roles;
import org.prawat.ui.session.SignInView;

/**
 * The frame of every view: the title, navigation offered by the user's role, who is signed in, and
 * the switch between Thai and English. Nobody reaches a view without signing in first; signing out
 * ends the session on the server (Spring Security's logout), not only in the browser.
 */
@PermitAll
public class MainLayout extends AppLayout implements BeforeEnterObserver {

    private final transient AuthenticationContext authentication;

    public MainLayout(AuthenticationContext authentication) {
        this.authentication = authentication;
        var title = new H1(getTranslation("app.title"));
        title.addClassName("prawat-title");
        addToNavbar(new DrawerToggle(), title);
        CurrentUser.inSession().ifPresent(user -> {
            var who = new Span(user.account() + " · " + getTranslation(user.roleKey()));
            who.setId("current-user");
            who.addClassName("prawat-user");
            var signOut = new Button(getTranslation("sign-out"), e -> this.authentication.logout());
            signOut.setId("sign-out");
            signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            addToNavbar(who, languageSwitch(), signOut);
            addToDrawer(navigation(user.role()));
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var user = CurrentUser.inSession();
        if (user.isEmpty()) {
            event.forwardTo(SignInView.class);
        } else if (event.getLocation().getPath().isEmpty()
                && !(user.get().is(Role.HR_OFFICER) || user.get().is(Role.AUDITOR))) {
            // The root is everyone's landing page; only those who keep the register stay on it.
            event.forwardTo(Roles.home(user.get().role()));
        }
    }

    private SideNav navigation(Role role) {
        var nav = new SideNav();
        nav.setId("navigation");
        switch (role) {
            case HR_OFFICER -> {
                nav.addItem(item("nav.search", "search", VaadinIcon.SEARCH));
                nav.addItem(item("nav.employees", "", VaadinIcon.USERS));
                nav.addItem(item("nav.attendance", "attendance", VaadinIcon.GROUP));
                nav.addItem(item("nav.correction-requests", "correction-requests", VaadinIcon.INBOX));
                nav.addItem(item("nav.team", "team", VaadinIcon.CALENDAR_CLOCK));
                nav.addItem(item("nav.knowledge", "knowledge", VaadinIcon.BOOK));
            }
            case MANAGER -> {
                nav.addItem(item("nav.team", "team", VaadinIcon.CALENDAR_CLOCK));
                nav.addItem(item("nav.search", "search", VaadinIcon.SEARCH));
                nav.addItem(item("nav.knowledge", "knowledge", VaadinIcon.BOOK));
            }
            case AUDITOR -> {
                nav.addItem(item("nav.audit", "audit", VaadinIcon.EYE));
                nav.addItem(item("nav.read-log", "audit/read-log", VaadinIcon.LIST));
                nav.addItem(item("nav.search", "search", VaadinIcon.SEARCH));
                nav.addItem(item("nav.team", "team", VaadinIcon.CALENDAR_CLOCK));
                nav.addItem(item("nav.knowledge", "knowledge", VaadinIcon.BOOK));
            }
            case EMPLOYEE -> {
                nav.addItem(item("nav.my-case-file", "my-case-file", VaadinIcon.USER_CARD));
                nav.addItem(item("nav.knowledge", "knowledge", VaadinIcon.BOOK));
            }
            case ADMINISTRATOR -> {
                nav.addItem(item("nav.accounts", "accounts", VaadinIcon.KEY));
                nav.addItem(item("nav.audit", "audit", VaadinIcon.EYE));
            }
            case SYSTEM -> {}
        }
        return nav;
    }

    private SideNavItem item(String key, String path, VaadinIcon icon) {
        return new SideNavItem(getTranslation(key), path, icon.create());
    }

    /** Shows the other language's name; switching reloads the page so every view is rebuilt in it. */
    private Button languageSwitch() {
        boolean thai = PrawatTranslations.isThai(getLocale());
        var button = new Button(thai ? "English" : "ไทย", VaadinIcon.GLOBE.create(), e -> {
            Locale other = thai ? PrawatTranslations.ENGLISH : PrawatTranslations.THAI;
            VaadinSession.getCurrent().setLocale(other);
            VaadinSession.getCurrent().setAttribute(LanguageChoice.class, new LanguageChoice(other));
            UI.getCurrent().getPage().reload();
        });
        button.setId("language");
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return button;
    }
}

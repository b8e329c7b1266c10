package org.prawat.ui.views;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.prawat.infra.security.ActorAuthentication;
import org.prawat.ui.i18n.PrawatTranslations;
import org.prawat.ui.session.CurrentUser;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Plain JUnit tests of views and forms (Karibu-Testing): a Vaadin session and UI in memory, no
 * browser and no server, the gateways replaced by {@link FakeQueries} and {@link FakeCommands}.
 * Views are made with {@code new} and shown with {@link #show}; the UI speaks Thai unless a test
 * says otherwise.
 */
public abstract class ViewTest {

    @BeforeEach
    void startVaadin() {
        System.setProperty("vaadin.i18n.provider", PrawatTranslations.class.getName());
        MockVaadin.setup(new Routes(), UI::new);
        UI.getCurrent().setLocale(PrawatTranslations.THAI);
    }

    @AfterEach
    void stopVaadin() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    /** What a signed-in session has: the user's actor in Spring Security's context of this thread. */
    protected static void signIn(CurrentUser user) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new ActorAuthentication(user.actor()));
        SecurityContextHolder.setContext(context);
    }

    protected static void speak(Locale locale) {
        UI.getCurrent().setLocale(locale);
    }

    /** Puts {@code view} on the (mock) page, as the router would. */
    protected static <C extends Component> C show(C view) {
        UI.getCurrent().removeAll();
        UI.getCurrent().add(view);
        return view;
    }
}

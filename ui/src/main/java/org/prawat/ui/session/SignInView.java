package org.prawat.ui.session;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Duration;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;

/**
 * Signing in with an account name and password. The form posts to Spring Security (the browser sends
 * the password to the server once, never to a Vaadin event); a wrong password or a locked account
 * comes back here with {@code ?error} or {@code ?locked}. Accounts of an OpenID Connect provider, when
 * one is configured, sign in by its link instead.
 */
@Route(value = SignInView.ROUTE, autoLayout = false)
@AnonymousAllowed
public class SignInView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    public static final String ROUTE = "sign-in";

    private final LoginForm form = new LoginForm();
    private final Paragraph problem = new Paragraph();
    private final int maxFailures;
    private final long lockMinutes;

    public SignInView(
            SignInProviders providers,
            @Value("${prawat.sign-in.max-failures:5}") int maxFailures,
            @Value("${prawat.sign-in.lock-duration:15m}") Duration lock) {
        this.maxFailures = maxFailures;
        this.lockMinutes = lock.toMinutes();
        setMaxWidth("40em");
        form.setId("sign-in-form");
        form.setAction(ROUTE);
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(texts());
        problem.setId("sign-in-problem");
        problem.addClassName("prawat-refusal");
        problem.setVisible(false);
        add(new H2(getTranslation("sign-in.title")), problem, form, otherProviders(providers.all()));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var user = CurrentUser.inSession();
        if (user.isPresent()) {
            event.forwardTo(Roles.home(user.get().role()));
            return;
        }
        explain(event.getLocation().getQueryParameters());
    }

    /** What Spring Security's redirect after a refused sign-in says: {@code ?error} or {@code ?locked}. */
    void explain(QueryParameters query) {
        var parameters = query.getParameters();
        if (parameters.containsKey("locked")) {
            show(getTranslation("sign-in.locked", maxFailures, lockMinutes));
        } else if (parameters.containsKey("error")) {
            show(getTranslation("sign-in.wrong", maxFailures, lockMinutes));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("sign-in.title");
    }

    private void show(String message) {
        problem.setText(message);
        problem.setVisible(true);
    }

    private LoginI18n texts() {
        var i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("");
        i18n.getForm().setUsername(getTranslation("sign-in.account"));
        i18n.getForm().setPassword(getTranslation("sign-in.password"));
        i18n.getForm().setSubmit(getTranslation("sign-in.submit"));
        i18n.getErrorMessage().setUsername(getTranslation("sign-in.account.required"));
        i18n.getErrorMessage().setPassword(getTranslation("sign-in.password.required"));
        return i18n;
    }

    private Div otherProviders(List<SignInProviders.Provider> providers) {
        var links = new Div();
        links.setId("sign-in-providers");
        for (var provider : providers) {
            var link = new Anchor(provider.path(), getTranslation("sign-in.with", provider.name()));
            // A full page load: the provider's page is outside the application.
            link.setRouterIgnore(true);
            links.add(new Paragraph(link));
        }
        return links;
    }
}

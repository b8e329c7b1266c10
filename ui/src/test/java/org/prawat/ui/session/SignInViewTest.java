package org.prawat.ui.session;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.prawat.ui.i18n.PrawatTranslations;
import org.prawat.ui.views.ViewTest;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;

class SignInViewTest extends ViewTest {

    private static SignInView view() {
        var noProviders = new SignInProviders(
                new StaticListableBeanFactory().getBeanProvider(InMemoryClientRegistrationRepository.class));
        return new SignInView(noProviders, 5, Duration.ofMinutes(15));
    }

    @Test
    void the_form_posts_account_and_password_to_spring_security_at_sign_in() {
        show(view());

        var form = _get(LoginForm.class, spec -> spec.withId("sign-in-form"));
        assertThat(form.getAction()).isEqualTo("sign-in");
        assertThat(_find(Paragraph.class, spec -> spec.withId("sign-in-problem")))
                .isEmpty();
    }

    @Test
    void a_wrong_password_is_told_in_thai_with_how_many_tries_lock_the_account() {
        show(view()).explain(QueryParameters.fromString("error"));

        assertThat(problem().getText())
                .isEqualTo(
                        "ชื่อบัญชีหรือรหัสผ่านไม่ถูกต้อง หากใส่รหัสผ่านผิดติดต่อกัน 5 ครั้ง บัญชีจะถูกระงับ 15 นาที");
    }

    @Test
    void a_locked_account_is_told_in_english_for_how_long_and_what_to_do() {
        speak(PrawatTranslations.ENGLISH);
        show(view()).explain(QueryParameters.fromString("locked"));

        assertThat(problem().getText())
                .isEqualTo("This account is locked for 15 minutes after 5 wrong passwords in a row."
                        + " Try again later or ask an administrator to set a new password.");
    }

    private static Paragraph problem() {
        return _get(Paragraph.class, spec -> spec.withId("sign-in-problem"));
    }
}

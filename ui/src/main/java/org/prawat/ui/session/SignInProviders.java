package org.prawat.ui.session;

import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.stereotype.Component;

/**
 * The OpenID Connect providers configured under {@code spring.security.oauth2.client.registration.*}
 * (none by default), each offered on the sign-in page by its client name.
 */
@Component
public class SignInProviders {

    /** A provider's name and where signing in with it starts. */
    public record Provider(String name, String path) {}

    private final ObjectProvider<InMemoryClientRegistrationRepository> registrations;

    SignInProviders(ObjectProvider<InMemoryClientRegistrationRepository> registrations) {
        this.registrations = registrations;
    }

    public List<Provider> all() {
        var repository = registrations.getIfAvailable();
        List<Provider> providers = new ArrayList<>();
        if (repository != null) {
            for (ClientRegistration registration : repository) {
                providers.add(new Provider(
                        registration.getClientName(), "oauth2/authorization/" + registration.getRegistrationId()));
            }
        }
        return providers;
    }

    public boolean any() {
        return registrations.getIfAvailable() != null;
    }
}

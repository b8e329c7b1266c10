package org.prawat.ui.security;

import java.util.List;
import org.prawat.api.security.Actor;
import org.prawat.infra.security.ActingAs;
import org.prawat.ui.account.AccountDetailsService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * A person signed in at an OpenID Connect provider gets the role and scope of the local account the
 * claim {@code prawat.security.oidc.account-claim} names ({@code preferred_username} for Keycloak; for
 * ThaID-style providers e.g. a claim an administrator put into the account name). No local account, no entry.
 */
@Component
class OpenIdAccounts implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService provider = new OidcUserService();
    private final AccountDetailsService accounts;
    private final String claim;

    OpenIdAccounts(
            AccountDetailsService accounts,
            @Value("${prawat.security.oidc.account-claim:preferred_username}") String claim) {
        this.accounts = accounts;
        this.claim = claim;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser user = provider.loadUser(request);
        String name = user.getClaimAsString(claim);
        Actor actor = name == null
                ? null
                : accounts.actorOf(name.strip().toLowerCase(java.util.Locale.ROOT))
                        .orElse(null);
        if (actor == null) {
            throw new OAuth2AuthenticationException(
                    new OAuth2Error("account.unknown", "No enabled local account for claim " + claim, null));
        }
        return new AccountOidcUser(user, actor);
    }

    /** The provider's user, acting as the local account. */
    static final class AccountOidcUser extends DefaultOidcUser implements ActingAs {

        private final transient Actor actor;

        AccountOidcUser(OidcUser user, Actor actor) {
            super(
                    List.of(new SimpleGrantedAuthority("ROLE_" + actor.role().name())),
                    user.getIdToken(),
                    user.getUserInfo());
            this.actor = actor;
        }

        @Override
        public Actor actor() {
            return actor;
        }

        @Override
        public String getName() {
            return actor.account();
        }
    }
}

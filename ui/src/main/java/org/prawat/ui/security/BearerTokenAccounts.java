package org.prawat.ui.security;

import org.prawat.infra.security.ActorAuthentication;
import org.prawat.ui.account.AccountDetailsService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.stereotype.Component;

/**
 * A valid bearer token names an account (claim {@code prawat.security.jwt.account-claim}, by default
 * {@code preferred_username}); the role and scope are the local account's, never the token's, so an
 * identity provider cannot make anyone an administrator.
 */
@Component
class BearerTokenAccounts implements Converter<Jwt, AbstractAuthenticationToken> {

    private final AccountDetailsService accounts;
    private final String claim;

    BearerTokenAccounts(
            AccountDetailsService accounts,
            @Value("${prawat.security.jwt.account-claim:preferred_username}") String claim) {
        this.accounts = accounts;
        this.claim = claim;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt token) {
        String account = token.getClaimAsString(claim);
        if (account == null || account.isBlank()) {
            throw new InvalidBearerTokenException("The token names no account in claim " + claim);
        }
        return accounts.actorOf(account.strip())
                .map(ActorAuthentication::new)
                .orElseThrow(() -> new InvalidBearerTokenException("No enabled account " + account));
    }
}

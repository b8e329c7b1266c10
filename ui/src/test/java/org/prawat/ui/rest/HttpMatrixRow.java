package org.prawat.ui.rest;

import java.net.URI;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.prawat.api.security.Role;
import org.prawat.infra.security.AccessPolicy;
import org.springframework.http.HttpMethod;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * One row of the HTTP role × action matrix ({@link HttpMatrixRows}): an endpoint, the api message it
 * sends (whose {@link AccessPolicy} entry says who may use it) or, where no message is sent, the roles
 * the filter chain admits; {@code variables} fill the pattern's and then the query's placeholders.
 */
record HttpMatrixRow(
        HttpMethod method,
        String pattern,
        String query,
        Class<?> message,
        Set<Role> admittedByTheFilterChain,
        Function<HttpMatrixFixture, Object[]> variables,
        Function<HttpMatrixFixture, String> body) {

    static HttpMatrixRow get(
            String pattern, String query, Class<?> message, Function<HttpMatrixFixture, Object[]> variables) {
        return new HttpMatrixRow(HttpMethod.GET, pattern, query, message, Set.of(), variables, f -> null);
    }

    static HttpMatrixRow post(
            String pattern,
            Class<?> message,
            Function<HttpMatrixFixture, Object[]> variables,
            Function<HttpMatrixFixture, String> body) {
        return new HttpMatrixRow(HttpMethod.POST, pattern, "", message, Set.of(), variables, body);
    }

    static Object[] vars(Object... values) {
        return values;
    }

    /** The account roles that must get a 2xx answer; every other account role must get a 403. */
    Set<Role> allowed() {
        if (message == null) {
            return admittedByTheFilterChain;
        }
        return Arrays.stream(Role.values())
                .filter(role -> role != Role.SYSTEM && AccessPolicy.allows(role, message))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    URI uri(HttpMatrixFixture fixture) {
        String template = query.isEmpty() ? pattern : pattern + "?" + query;
        return UriComponentsBuilder.fromUriString(template)
                .buildAndExpand(variables.apply(fixture))
                .encode()
                .toUri();
    }

    /** A rebuild runs on after the answer: started after every pass, so it disturbs no fixture. */
    boolean startsBackgroundWork() {
        return message == null;
    }

    @Override
    public String toString() {
        return method + " " + pattern + (query.isEmpty() ? "" : "?" + query);
    }
}

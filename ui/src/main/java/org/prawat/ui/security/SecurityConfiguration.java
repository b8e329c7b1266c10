package org.prawat.ui.security;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import java.util.Map;
import org.prawat.api.security.Role;
import org.prawat.ui.session.SignInView;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;

/**
 * Two doors. The HTTP API ({@code /api/**}) is for service accounts: HTTP Basic, or bearer tokens
 * where {@code spring.security.oauth2.resourceserver.jwt.*} is configured; stateless, so no session
 * and no CSRF token. Everything else is the Vaadin application: the sign-in page, Vaadin's CSRF
 * protection, pages open to the roles their annotations name, and OpenID Connect sign-in where
 * {@code spring.security.oauth2.client.registration.*} is configured.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

    /** bcrypt, stored with its {@code {bcrypt}} prefix so a later algorithm can take over hash by hash. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @Order(1)
    SecurityFilterChain httpApi(
            HttpSecurity http,
            ApiAuthenticationEntryPoint refused,
            ApiAccessDeniedHandler forbidden,
            ObjectProvider<JwtDecoder> bearerTokens,
            BearerTokenAccounts tokenAccounts)
            throws Exception {
        http.securityMatcher("/api/**", "/v3/api-docs/**", "/actuator/**")
                .authorizeHttpRequests(requests -> requests.requestMatchers("/v3/api-docs/**", "/actuator/health/**")
                        .permitAll()
                        .requestMatchers("/actuator/**")
                        .hasRole(Role.ADMINISTRATOR.name())
                        // Starting a rebuild is a service call, not a message the buses check: guarded here.
                        .requestMatchers(HttpMethod.POST, "/api/admin/**")
                        .hasAnyRole(Role.ADMINISTRATOR.name(), Role.AUDITOR.name())
                        .anyRequest()
                        .authenticated())
                .httpBasic(basic -> basic.realmName("Prawat").authenticationEntryPoint(refused))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .exceptionHandling(exceptions ->
                        exceptions.authenticationEntryPoint(refused).accessDeniedHandler(forbidden))
                .headers(SecurityHeaders.api());
        var decoder = bearerTokens.getIfAvailable();
        if (decoder != null) {
            http.oauth2ResourceServer(resource -> resource.authenticationEntryPoint(refused)
                    .jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(tokenAccounts)));
        }
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain application(
            HttpSecurity http,
            ObjectProvider<ClientRegistrationRepository> openIdProviders,
            OpenIdAccounts openIdAccounts)
            throws Exception {
        var refused = new ExceptionMappingAuthenticationFailureHandler();
        refused.setDefaultFailureUrl("/" + SignInView.ROUTE + "?error");
        refused.setExceptionMappings(Map.of(LockedException.class.getName(), "/" + SignInView.ROUTE + "?locked"));
        // Vaadin's configurer first: it sets the sign-in page, from which the form's defaults follow.
        http.with(vaadin(), vaadin -> vaadin.loginView(SignInView.class));
        // The page with ?error or ?locked is open too (Spring permits only the page's exact URL).
        http.headers(SecurityHeaders.pages())
                .formLogin(
                        form -> form.loginProcessingUrl("/" + SignInView.ROUTE).failureHandler(refused))
                .authorizeHttpRequests(requests ->
                        requests.requestMatchers("/" + SignInView.ROUTE).permitAll());
        if (openIdProviders.getIfAvailable() != null) {
            http.oauth2Login(openId -> openId.loginPage("/" + SignInView.ROUTE)
                    .failureHandler(refused)
                    .userInfoEndpoint(users -> users.oidcUserService(openIdAccounts)));
        }
        return http.build();
    }
}

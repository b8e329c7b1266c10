package org.prawat.ui.session;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinRequestInterceptor;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import org.prawat.api.history.Scope;
import org.prawat.api.organisation.OrganisationUnitId;
import org.prawat.api.security.Actor;
import org.prawat.api.security.Role;
import org.prawat.infra.security.ActorAuthentication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriUtils;

/**
 * STAND-IN, DELETE WITH THE REAL SIGN-IN (issue 6, point 1). Until Spring Security authenticates
 * people, this puts the stand-in's answer to "who is this?" into Spring Security's context for each
 * request, so that the server's access checks on the buses have an actor: a browser request acts as
 * the {@link CurrentUser} chosen on the sign-in page (before anyone chose, as an HR officer, which
 * is what that page lets anyone become anyway), an HTTP API request as the {@code X-Prawat-User} in
 * {@code X-Prawat-Scope}: an HR officer, or {@code X-Prawat-Role} when given, or an administrator
 * on the administration paths ({@code /api/admin}, changes to {@code /api/organisation-units}).
 */
@Configuration(proxyBeanMethods = false)
class StandInActorBridge {

    private static final String NOBODY_YET = "stand-in:sign-in-page";

    @Bean
    VaadinServiceInitListener standInSessionActor() {
        return (ServiceInitEvent event) -> event.addVaadinRequestInterceptor(new VaadinRequestInterceptor() {
            @Override
            public void requestStart(VaadinRequest request, VaadinResponse response) {
                var user = signedIn(request);
                actAs(user.map(StandInActorBridge::actorOf)
                        .orElseGet(() -> new Actor(NOBODY_YET, Role.HR_OFFICER, Scope.everything(), null)));
            }

            @Override
            public void handleException(
                    VaadinRequest request, VaadinResponse response, VaadinSession session, Exception e) {}

            @Override
            public void requestEnd(VaadinRequest request, VaadinResponse response, VaadinSession session) {
                SecurityContextHolder.clearContext();
            }
        });
    }

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> standInHttpApiActor() {
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                String user = header(request, "X-Prawat-User");
                actAs(new Actor(
                        user == null ? "stand-in:http-api" : user,
                        role(request),
                        scope(header(request, "X-Prawat-Scope")),
                        null));
                try {
                    chain.doFilter(request, response);
                } finally {
                    SecurityContextHolder.clearContext();
                }
            }
        });
        registration.addUrlPatterns("/api/*");
        return registration;
    }

    private static Optional<CurrentUser> signedIn(VaadinRequest request) {
        var httpSession = request.getWrappedSession(false);
        if (httpSession == null) {
            return Optional.empty();
        }
        var attribute = httpSession.getAttribute(
                VaadinSession.class.getName() + "." + request.getService().getServiceName());
        if (!(attribute instanceof VaadinSession session)) {
            return Optional.empty();
        }
        session.lock();
        try {
            return Optional.ofNullable(session.getAttribute(CurrentUser.class));
        } finally {
            session.unlock();
        }
    }

    private static Actor actorOf(CurrentUser user) {
        return new Actor(user.account(), Role.valueOf(user.role().name()), user.scope(), user.self());
    }

    private static void actAs(Actor actor) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new ActorAuthentication(actor));
        SecurityContextHolder.setContext(context);
    }

    private static Role role(HttpServletRequest request) {
        String given = header(request, "X-Prawat-Role");
        if (given != null && !given.equals(Role.SYSTEM.name())) {
            return Arrays.stream(Role.values())
                    .filter(role -> role.name().equals(given))
                    .findFirst()
                    .orElse(Role.HR_OFFICER);
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean administration = path.startsWith("/api/admin/")
                || (path.startsWith("/api/organisation-units") && !"GET".equals(request.getMethod()));
        return administration ? Role.ADMINISTRATOR : Role.HR_OFFICER;
    }

    private static Scope scope(String units) {
        if (units == null) {
            return Scope.everything();
        }
        return Scope.of(Arrays.stream(units.split(","))
                .map(String::strip)
                .filter(id -> !id.isEmpty())
                .map(OrganisationUnitId::new)
                .toList());
    }

    private static String header(HttpServletRequest request, String name) {
        String value = request.getHeader(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UriUtils.decode(value, StandardCharsets.UTF_8).strip();
        } catch (IllegalArgumentException notPercentEncoded) {
            return value.strip();
        }
    }
}

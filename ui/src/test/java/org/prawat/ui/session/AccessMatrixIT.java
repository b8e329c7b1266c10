package org.prawat.ui.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.NoHandlerForQueryException;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.QueryHandler;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.history.Scope;
import org.prawat.api.organisation.OrganisationUnitId;
import org.prawat.api.security.AccessDenied;
import org.prawat.api.security.Actor;
import org.prawat.api.security.Role;
import org.prawat.infra.security.AccessPolicy;
import org.prawat.infra.security.CurrentActor;
import org.prawat.ui.PrawatIntegrationTest;
import org.prawat.ui.TestEmployees;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.util.ClassUtils;

/**
 * Issue 6, acceptance 1 (through the handlers): every role sends every command and query of the
 * api, each well formed and aimed at a case file inside the sender's scope, through the real buses;
 * exactly what {@link AccessPolicy} allows gets past the server's access check. A refusal by a
 * business rule or a missing record counts as "let through": only {@link AccessDenied} is a no.
 */
@PrawatIntegrationTest
class AccessMatrixIT {

    private static OrganisationUnitId unit;
    private static EmployeeId employee;

    @Autowired
    CommandGateway commands;

    @Autowired
    QueryGateway queries;

    @Autowired
    ApplicationContext context;

    private Map<Class<?>, Method> queryHandlers = Map.of();

    @BeforeAll
    static void prepare(@Autowired CommandGateway commands) {
        unit = TestEmployees.createUnit(commands, "องค์การบริหารส่วนจังหวัดสงขลา");
        var registration = TestEmployees.registration(unit, TestEmployees.newSurname(), "นักทรัพยากรบุคคลปฏิบัติการ");
        commands.sendAndWait(registration);
        employee = registration.employeeId();
    }

    @BeforeEach
    void findTheQueryHandlers() {
        queryHandlers = queryHandlers();
    }

    @Test
    void every_role_gets_past_the_server_with_exactly_the_commands_and_queries_the_policy_allows() {
        List<Class<?>> messages = new ArrayList<>(ApiMessages.commands());
        messages.addAll(queryHandlers.keySet());
        assertThat(AccessPolicy.listedMessages())
                .as("a policy row for every message")
                .containsAll(messages);

        List<String> wrong = new ArrayList<>();
        for (Role role : Role.values()) {
            var actor = actorIn(role);
            var samples = new ApiMessages(employee, unit, actor.scope());
            for (Class<?> message : messages) {
                boolean expected = AccessPolicy.allows(role, message);
                boolean letThrough = CurrentActor.callAs(actor, () -> letThrough(samples.sample(message)));
                if (letThrough != expected) {
                    wrong.add(role + " " + message.getSimpleName() + (expected ? " refused" : " let through"));
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void nobody_acting_is_refused_everything() {
        var samples = new ApiMessages(employee, unit, Scope.everything());
        var context = SecurityContextHolder.getContext();
        SecurityContextHolder.clearContext();
        try {
            assertThat(letThrough(samples.sample(ApiMessages.load("org.prawat.api.history.FindCaseHistory"))))
                    .isFalse();
            assertThat(letThrough(samples.sample(ApiMessages.load("org.prawat.api.training.RecordTraining"))))
                    .isFalse();
        } finally {
            SecurityContextHolder.setContext(context);
        }
    }

    private Actor actorIn(Role role) {
        String account = "matrix." + role.name().toLowerCase();
        return role == Role.SYSTEM
                ? Actor.system("matrix")
                : new Actor(account, role, Scope.of(List.of(unit)), role == Role.EMPLOYEE ? employee : null);
    }

    private boolean letThrough(Object message) {
        var responseType = queryHandlers.containsKey(message.getClass()) ? responseTypeOf(message.getClass()) : null;
        try {
            if (responseType == null) {
                commands.sendAndWait(message);
            } else {
                queries.query(message, responseType).join();
            }
            return true;
        } catch (RuntimeException e) {
            if (hasCause(e, NoHandlerForQueryException.class)) {
                throw e; // asked wrongly: the access check never ran, so the answer says nothing
            }
            return !hasCause(e, AccessDenied.class);
        }
    }

    private static boolean hasCause(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /** A response type the handler's return type matches (Axon matches lists and optionals by element). */
    private ResponseType<?> responseTypeOf(Class<?> query) {
        var handler = queryHandlers.get(query);
        Class<?> returned = handler.getReturnType();
        if (returned == List.class || returned == Optional.class) {
            var element = (Class<?>) ((ParameterizedType) handler.getGenericReturnType()).getActualTypeArguments()[0];
            return returned == List.class
                    ? ResponseTypes.multipleInstancesOf(element)
                    : ResponseTypes.optionalInstanceOf(element);
        }
        return ResponseTypes.instanceOf(returned);
    }

    private Map<Class<?>, Method> queryHandlers() {
        Map<Class<?>, Method> found = new LinkedHashMap<>();
        for (String name : context.getBeanDefinitionNames()) {
            Class<?> type = context.getType(name);
            if (type == null) {
                continue;
            }
            Class<?> target = ClassUtils.getUserClass(type);
            for (Class<?> c = target; c != null && c != Object.class; c = c.getSuperclass()) {
                Arrays.stream(c.getDeclaredMethods())
                        .filter(method -> method.isAnnotationPresent(QueryHandler.class))
                        .forEach(method -> found.put(method.getParameterTypes()[0], method));
            }
        }
        assertThat(found).as("query handlers found").hasSizeGreaterThan(10);
        return found;
    }
}

package org.prawat.infra.security;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.employee.RegisterEmployee;
import org.prawat.api.history.Scope;
import org.prawat.api.organisation.OrganisationUnitId;
import org.prawat.api.security.AccessDenied;
import org.prawat.api.security.Actor;
import org.prawat.api.security.Role;

/**
 * Whether a message stays inside its sender's reach: a record owner only ever names their own case
 * file; everyone else may name people whose current unit, units, and query scopes that lie in the
 * subtrees of their own scope. Read from the message's record components, so a new command or query
 * is covered by its shape (an {@code EmployeeId} target, a {@code Scope}, an {@code OrganisationUnitId}).
 */
public final class ScopeCheck {

    private final PlacementLookup placements;

    public ScopeCheck(PlacementLookup placements) {
        this.placements = placements;
    }

    /** @throws AccessDenied when {@code payload} reaches outside what {@code actor} may see */
    public void check(Actor actor, Object payload, boolean command) {
        if (actor.is(Role.SYSTEM)) {
            return;
        }
        Optional<EmployeeId> employee =
                command ? targetEmployee(payload) : component(payload, "employeeId", EmployeeId.class);
        if (actor.is(Role.EMPLOYEE) && employee.isPresent() && !employee.get().equals(actor.self())) {
            throw new AccessDenied("เข้าถึงแฟ้มประวัติของผู้อื่น", "reach another person's case file");
        }
        Optional<Scope> asked = component(payload, "scope", Scope.class);
        if (asked.isPresent() && !within(asked.get(), actor.scope())) {
            throw outsideUnits();
        }
        if (!command) {
            // A query with a scope already answers "not found" outside it; one without is checked here.
            if (asked.isEmpty() && employee.isPresent() && !actor.is(Role.EMPLOYEE) && !reachesEverything(actor)) {
                requireInside(placements.unitOf(employee.get()), actor.scope());
            }
            for (OrganisationUnitId unit : units(payload)) {
                requireOverlapping(unit, actor.scope());
            }
            return;
        }
        if (payload instanceof RegisterEmployee registration) {
            requireInside(Optional.of(registration.unitId()), actor.scope());
        } else if (employee.isPresent() && !actor.is(Role.EMPLOYEE) && !reachesEverything(actor)) {
            // No placement: no such case file, which the aggregate itself reports.
            requireInside(placements.unitOf(employee.get()), actor.scope());
        }
    }

    /** An organisation-wide sender: no placement needs reading (one query less on every command). */
    private static boolean reachesEverything(Actor actor) {
        return actor.scope().coversEverything();
    }

    /** Whether every unit {@code asked} names lies in a subtree of {@code allowed}. */
    public boolean within(Scope asked, Scope allowed) {
        if (allowed.coversEverything()) {
            return true;
        }
        return !asked.coversEverything()
                && asked.units().stream().allMatch(unit -> allowed.covers(placements.pathOf(unit)));
    }

    private void requireInside(Optional<OrganisationUnitId> unit, Scope allowed) {
        if (unit.isPresent() && !allowed.coversEverything() && !allowed.covers(placements.pathOf(unit.get()))) {
            throw outsideUnits();
        }
    }

    /**
     * A query about a unit inside the scope, or above it (a manager of a division looking at their
     * organisation's timeline sees the division's part: the handler keeps to the scope); never a
     * unit beside it.
     */
    private void requireOverlapping(OrganisationUnitId unit, Scope allowed) {
        boolean above =
                allowed.units().stream().anyMatch(own -> placements.pathOf(own).contains(unit.value()));
        if (!above) {
            requireInside(Optional.of(unit), allowed);
        }
    }

    private static AccessDenied outsideUnits() {
        return new AccessDenied(
                "เข้าถึงบุคลากรหรือหน่วยงานนอกหน่วยงานในความรับผิดชอบ",
                "reach people or units outside the units you are responsible for");
    }

    private static Optional<EmployeeId> targetEmployee(Object payload) {
        for (RecordComponent component : components(payload)) {
            if (component.getType() == EmployeeId.class && isTarget(payload.getClass(), component)) {
                return Optional.ofNullable((EmployeeId) value(payload, component));
            }
        }
        return Optional.empty();
    }

    private static boolean isTarget(Class<?> type, RecordComponent component) {
        try {
            return type.getDeclaredField(component.getName()).isAnnotationPresent(TargetAggregateIdentifier.class);
        } catch (NoSuchFieldException e) {
            return false;
        }
    }

    private static <T> Optional<T> component(Object payload, String name, Class<T> type) {
        for (RecordComponent component : components(payload)) {
            if (component.getName().equals(name) && component.getType() == type) {
                return Optional.ofNullable(type.cast(value(payload, component)));
            }
        }
        return Optional.empty();
    }

    private static List<OrganisationUnitId> units(Object payload) {
        List<OrganisationUnitId> units = new ArrayList<>();
        for (RecordComponent component : components(payload)) {
            if (component.getType() == OrganisationUnitId.class) {
                units.add((OrganisationUnitId) value(payload, component));
            }
        }
        units.removeIf(Objects::isNull);
        return units;
    }

    private static RecordComponent[] components(Object payload) {
        RecordComponent[] components = payload.getClass().getRecordComponents();
        return components == null ? new RecordComponent[0] : components;
    }

    private static Object value(Object payload, RecordComponent component) {
        try {
            return component.getAccessor().invoke(payload);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read " + component, e);
        }
    }
}

package org.prawat.ui.session;

import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.evaluation.FiscalYear;
import org.prawat.api.history.Scope;
import org.prawat.api.organisation.OrganisationUnitId;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.util.ClassUtils;

/**
 * Every command of the api package, and a well-formed instance of any command or query aimed at one
 * employee in one unit: each field filled by its type (Thai text, a past date, fresh ids), so that
 * a new message needs no new line here to be tried by every role.
 */
final class ApiMessages {

    private final EmployeeId employee;
    private final OrganisationUnitId unit;
    private final Scope scope;

    ApiMessages(EmployeeId employee, OrganisationUnitId unit, Scope scope) {
        this.employee = employee;
        this.unit = unit;
        this.scope = scope;
    }

    static List<Class<?>> commands() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(
                (reader, factory) -> isCommand(load(reader.getClassMetadata().getClassName())));
        return scanner.findCandidateComponents("org.prawat.api").stream()
                .<Class<?>>map(definition -> load(definition.getBeanClassName()))
                .toList();
    }

    static Class<?> load(String name) {
        return ClassUtils.resolveClassName(name, ApiMessages.class.getClassLoader());
    }

    Object sample(Type type) {
        try {
            return sampleOf(type);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("No sample of " + type, e);
        }
    }

    private static boolean isCommand(Class<?> type) {
        return type.isRecord()
                && Arrays.stream(type.getDeclaredFields())
                        .anyMatch(field -> field.isAnnotationPresent(TargetAggregateIdentifier.class));
    }

    private Object sampleOf(Type type) throws ReflectiveOperationException {
        if (type instanceof ParameterizedType generic) {
            Class<?> raw = (Class<?>) generic.getRawType();
            Object element = sampleOf(generic.getActualTypeArguments()[0]);
            return Set.class.isAssignableFrom(raw) ? Set.of(element) : List.of(element);
        }
        Class<?> raw = (Class<?>) type;
        if (raw == String.class) {
            return "การพัฒนาบุคลากร";
        } else if (raw == LocalDate.class) {
            return LocalDate.of(2025, 1, 15);
        } else if (raw == Instant.class) {
            return Instant.now();
        } else if (raw == BigDecimal.class) {
            return new BigDecimal("80");
        } else if (raw == int.class || raw == Integer.class) {
            return 1;
        } else if (raw == long.class || raw == Long.class) {
            return 1L;
        } else if (raw == boolean.class || raw == Boolean.class) {
            return false;
        } else if (raw == EmployeeId.class) {
            return employee;
        } else if (raw == OrganisationUnitId.class) {
            return unit;
        } else if (raw == Scope.class) {
            return scope;
        } else if (raw == FiscalYear.class) {
            return new FiscalYear(2568);
        } else if (raw.isEnum()) {
            return raw.getEnumConstants()[0];
        } else if (raw.isSealed()) {
            return sampleOf(raw.getPermittedSubclasses()[0]);
        } else if (raw.isRecord()) {
            return record(raw);
        }
        throw new IllegalArgumentException("No sample for " + raw);
    }

    private Object record(Class<?> raw) throws ReflectiveOperationException {
        var random = Arrays.stream(raw.getMethods())
                .filter(m -> m.getName().equals("random") && m.getParameterCount() == 0)
                .filter(m -> Modifier.isStatic(m.getModifiers()))
                .findFirst();
        if (random.isPresent()) {
            return random.get().invoke(null);
        }
        RecordComponent[] components = raw.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            // A year is a Buddhist-Era year wherever an int names one.
            boolean year = types[i] == int.class
                    && components[i].getName().toLowerCase().contains("year");
            values[i] = year ? 2568 : sampleOf(components[i].getGenericType());
        }
        return raw.getDeclaredConstructor(types).newInstance(values);
    }
}

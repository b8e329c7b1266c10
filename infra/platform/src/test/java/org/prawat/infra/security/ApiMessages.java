package org.prawat.infra.security;

import java.util.Arrays;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.TypeFilter;
import org.springframework.util.ClassUtils;

/** The commands of the api package: every record that names its target aggregate. */
final class ApiMessages {

    private ApiMessages() {}

    static List<Class<?>> commands() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        TypeFilter targetsAnAggregate =
                (reader, factory) -> isCommand(load(reader.getClassMetadata().getClassName()));
        scanner.addIncludeFilter(targetsAnAggregate);
        return scanner.findCandidateComponents("org.prawat.api").stream()
                .<Class<?>>map(definition -> load(definition.getBeanClassName()))
                .toList();
    }

    private static boolean isCommand(Class<?> type) {
        return type.isRecord()
                && Arrays.stream(type.getDeclaredFields())
                        .anyMatch(field -> field.isAnnotationPresent(TargetAggregateIdentifier.class));
    }

    private static Class<?> load(String name) {
        return ClassUtils.resolveClassName(name, ApiMessages.class.getClassLoader());
    }
}

package org.prawat.ui.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Arrays;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.junit.jupiter.api.Test;

/**
 * "An HTTP JSON API for every command, so other systems can feed case files": every command of the
 * published language (a record naming its target aggregate) is built somewhere in the HTTP layer.
 */
class HttpApiCoverageTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.prawat.api", "org.prawat.ui.rest");

    @Test
    void every_command_has_an_http_endpoint() {
        List<String> withoutEndpoint = CLASSES.stream()
                .filter(HttpApiCoverageTest::isCommand)
                .filter(command -> command.getConstructorCallsToSelf().stream()
                        .noneMatch(
                                call -> call.getOriginOwner().getPackageName().startsWith("org.prawat.ui.rest")))
                .map(JavaClass::getSimpleName)
                .sorted()
                .toList();

        assertThat(commandCount()).as("commands found in the api").isGreaterThanOrEqualTo(35);
        assertThat(withoutEndpoint).as("commands no HTTP endpoint sends").isEmpty();
    }

    private static long commandCount() {
        return CLASSES.stream().filter(HttpApiCoverageTest::isCommand).count();
    }

    private static boolean isCommand(JavaClass type) {
        return type.getPackageName().startsWith("org.prawat.api")
                && type.isRecord()
                && Arrays.stream(type.reflect().getRecordComponents())
                        .anyMatch(component -> component.isAnnotationPresent(TargetAggregateIdentifier.class)
                                || fieldAnnotated(type, component.getName()));
    }

    private static boolean fieldAnnotated(JavaClass type, String field) {
        try {
            return type.reflect().getDeclaredField(field).isAnnotationPresent(TargetAggregateIdentifier.class);
        } catch (NoSuchFieldException e) {
            return false;
        }
    }
}

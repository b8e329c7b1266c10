package org.prawat.infra.axon;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * Stored events outlive the code: the JSON of every event (each {@code @Revision} class of the
 * published language) is compared with its approved snapshot in {@code event-contracts/}. A
 * changed shape fails until the snapshot is updated deliberately, with a new revision and an
 * upcaster. A new event writes its first snapshot and fails once, to be reviewed and committed.
 */
class EventContractTest {

    private static final Path APPROVED = Path.of("src", "test", "resources", "event-contracts");

    private final ObjectMapper json = new AxonConfiguration().defaultAxonObjectMapper();

    @TestFactory
    Stream<DynamicTest> every_event_keeps_its_approved_json() {
        return events().stream()
                .map(type -> DynamicTest.dynamicTest(type.getSimpleName(), () -> assertContractKept(type)));
    }

    private void assertContractKept(Class<?> type) throws Exception {
        String revision = type.getAnnotation(Revision.class).value();
        String actual = json.writerWithDefaultPrettyPrinter().writeValueAsString(SampleEvents.sample(type)) + "\n";
        Path approved = APPROVED.resolve(type.getSimpleName() + ".r" + revision + ".json");
        if (!Files.exists(approved)) {
            Files.createDirectories(APPROVED);
            Files.writeString(approved, actual);
            throw new AssertionError("New event contract written to " + approved + ": review it and commit it");
        }
        assertThat(actual)
                .as("stored JSON of %s revision %s", type.getName(), revision)
                .isEqualTo(Files.readString(approved));
        assertThat(json.readValue(actual, type)).as("reads back equal").isEqualTo(SampleEvents.sample(type));
    }

    private static List<Class<?>> events() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Revision.class));
        return scanner.findCandidateComponents("org.prawat.api").stream()
                .<Class<?>>map(definition -> {
                    try {
                        return Class.forName(definition.getBeanClassName());
                    } catch (ClassNotFoundException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .sorted(Comparator.comparing(Class::getName))
                .toList();
    }
}

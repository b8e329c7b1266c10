package org.prawat.infra.thaianalysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;
import org.elasticsearch.plugin.analysis.TokenizerFactory;
import org.junit.jupiter.api.Test;

/** The hand-written plugin metadata must agree with the code. */
class PluginPackagingTest {

    private static final Path PLUGIN_DIR = Path.of("src/main/plugin");

    @Test
    void namedComponentsJsonListsEveryComponent() throws IOException {
        String json = Files.readString(PLUGIN_DIR.resolve("named_components.json"));
        String compact = json.replaceAll("\\s+", "");
        for (Class<?> component : List.of(
                ThaiTokenizerFactory.class, LowercaseTokenFilterFactory.class, ThaiDigitsTokenFilterFactory.class)) {
            String name = component.getAnnotation(NamedComponent.class).value();
            Class<?> api = TokenizerFactory.class.isAssignableFrom(component)
                    ? TokenizerFactory.class
                    : TokenFilterFactory.class;
            // {"<interface>":{ ... "<name>":"<class>" ... }}
            Pattern entry = Pattern.compile(Pattern.quote("\"" + api.getName() + "\":{") + "[^}]*"
                    + Pattern.quote("\"" + name + "\":\"" + component.getName() + "\""));
            assertTrue(entry.matcher(compact).find(), () -> component + " missing from named_components.json");
        }
    }

    @Test
    void descriptorHasExactlyTheStablePluginKeys() throws IOException {
        Properties descriptor = new Properties();
        try (var in = Files.newInputStream(PLUGIN_DIR.resolve("stable-plugin-descriptor.properties"))) {
            descriptor.load(in);
        }
        assertEquals(
                java.util.Set.of("name", "description", "version", "elasticsearch.version", "java.version", "modular"),
                descriptor.stringPropertyNames());
        assertEquals("false", descriptor.getProperty("modular"));
    }
}

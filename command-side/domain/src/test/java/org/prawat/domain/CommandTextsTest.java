package org.prawat.domain;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.axonframework.commandhandling.CommandHandler;
import org.junit.jupiter.api.Test;
import org.prawat.api.text.PlainText;
import org.prawat.domain.employee.Employee;

/**
 * Every text a command carries, found from the command handlers themselves (so a new command cannot
 * slip through), is {@link PlainText} and has a length limit: script tags, SQL, query syntax and
 * broken Thai are stored verbatim, control characters and megabyte strings are refused with a
 * message in Thai and English instead of failing in PostgreSQL or Elasticsearch.
 */
class CommandTextsTest {

    @Test
    void every_text_of_every_command_is_plain_text_with_a_length_limit() throws Exception {
        var commands = commandTypes();
        assertThat(commands).hasSizeGreaterThan(30);
        var unguarded = new TreeSet<String>();
        commands.forEach(command -> inspect(command, command.getSimpleName(), unguarded, new java.util.HashSet<>()));
        assertThat(unguarded)
                .as("text fields without @PlainText and @Size(max)")
                .isEmpty();
    }

    private static void inspect(Class<?> type, String path, Set<String> unguarded, Set<Class<?>> seen) {
        if (!type.isRecord() || !seen.add(type) || isTypedId(type)) {
            return;
        }
        for (var component : type.getRecordComponents()) {
            Field field;
            try {
                field = type.getDeclaredField(component.getName());
            } catch (NoSuchFieldException impossible) {
                throw new IllegalStateException(impossible);
            }
            String where = path + "." + component.getName() + " (in " + type.getSimpleName() + ")";
            if (component.getType() == String.class) {
                check(field, where, unguarded);
            } else if (List.class.isAssignableFrom(component.getType())
                    && field.getAnnotatedType() instanceof AnnotatedParameterizedType list) {
                var element = list.getAnnotatedActualTypeArguments()[0];
                if (element.getType() == String.class) {
                    check(element, where + "[]", unguarded);
                } else if (element.getType() instanceof Class<?> elementType) {
                    inspect(elementType, where + "[]", unguarded, seen);
                }
            } else if (component.getType().getPackageName().startsWith("org.prawat.api")) {
                inspect(component.getType(), where, unguarded, seen);
            }
        }
    }

    private static void check(AnnotatedElement text, String where, Set<String> unguarded) {
        if (!text.isAnnotationPresent(PlainText.class)) {
            unguarded.add(where + " lacks @PlainText");
        }
        if (!text.isAnnotationPresent(Size.class)) {
            unguarded.add(where + " lacks @Size(max)");
        }
    }

    /** Ids are made by the application (random UUIDs), never typed by a person. */
    private static boolean isTypedId(Class<?> type) {
        return type.getSimpleName().endsWith("Id") && type.getRecordComponents().length == 1;
    }

    private static List<Class<?>> commandTypes() throws IOException, URISyntaxException {
        Path classes = Path.of(Employee.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        var commands = new ArrayList<Class<?>>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name =
                        classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type;
                try {
                    type = Class.forName(name, false, CommandTextsTest.class.getClassLoader());
                } catch (ClassNotFoundException | LinkageError skipped) {
                    continue;
                }
                Stream.concat(Stream.of(type.getDeclaredMethods()), Stream.of(type.getDeclaredConstructors()))
                        .filter(handler -> handler.isAnnotationPresent(CommandHandler.class))
                        .map(Executable::getParameterTypes)
                        .filter(parameters -> parameters.length > 0)
                        .map(parameters -> parameters[0])
                        .filter(command -> !commands.contains(command))
                        .forEach(commands::add);
            }
        }
        return commands;
    }
}

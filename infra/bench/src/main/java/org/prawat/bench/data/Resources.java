package org.prawat.bench.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Reads the tab-separated lists shipped in {@code src/main/resources/bench}; '#' starts a comment line. */
final class Resources {

    private Resources() {}

    static List<String[]> tsv(String name) {
        var stream = Objects.requireNonNull(
                Resources.class.getResourceAsStream("/bench/" + name), () -> "missing resource bench/" + name);
        var rows = new ArrayList<String[]>();
        try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t", -1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(rows);
    }

    /** A '|'-separated cell as a list; an empty cell is an empty list. */
    static List<String> list(String cell) {
        return cell.isBlank() ? List.of() : List.of(cell.split("\\|"));
    }
}

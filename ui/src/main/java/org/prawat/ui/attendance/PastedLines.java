package org.prawat.ui.attendance;

import java.util.List;

/** The lines pasted from a spreadsheet column: trimmed, blank ones and repeats dropped, in order. */
final class PastedLines {

    /** The most lines read at once: a large session is pasted in parts. */
    static final int MAX = 300;

    private PastedLines() {}

    static List<String> of(String text) {
        return text == null
                ? List.of()
                : text.lines()
                        .map(String::strip)
                        .filter(line -> !line.isEmpty())
                        .distinct()
                        .toList();
    }
}

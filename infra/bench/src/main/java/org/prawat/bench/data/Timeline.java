package org.prawat.bench.data;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One case file's commands with the business day each happens on; read back in day order, and in
 * the order they were added within a day, so that a command added after the one it builds on (a
 * report after its training, a review after its evaluation) is always sent after it.
 */
final class Timeline {

    private record Entry(LocalDate on, int sequence, Object command) {}

    private final List<Entry> entries = new ArrayList<>();

    void add(LocalDate on, Object command) {
        entries.add(new Entry(on, entries.size(), command));
    }

    List<Object> commands() {
        return entries.stream()
                .sorted(Comparator.comparing(Entry::on).thenComparingInt(Entry::sequence))
                .map(Entry::command)
                .toList();
    }
}

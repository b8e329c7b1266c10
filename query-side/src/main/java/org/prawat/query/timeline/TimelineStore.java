package org.prawat.query.timeline;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.prawat.query.projection.Documents;
import org.prawat.query.projection.EventFacts;
import org.prawat.query.projection.ProjectionTarget;

/**
 * The timeline's documents in one {@link ProjectionTarget}, and the only ways the projections
 * change them. Each change first asks whether the document has already applied the event (its
 * {@code lastGlobalIndex} is at or past the event's position) and then does nothing.
 */
final class TimelineStore {

    static final String ENTRIES = "timeline";
    static final String PEOPLE = "timeline-people";
    static final String UNITS = "timeline-units";
    private static final int MOVE_CHUNK = 500;

    private final ProjectionTarget target;

    TimelineStore(ProjectionTarget target) {
        this.target = target;
    }

    Optional<TimelinePerson> person(String employeeId) {
        return people().get(employeeId, TimelinePerson.class);
    }

    Optional<TimelineEntryDocument> entry(String entryId) {
        return entries().get(entryId, TimelineEntryDocument.class);
    }

    /** The entries found under {@code entryIds}, in that order. */
    List<TimelineEntryDocument> entries(List<String> entryIds) {
        return List.copyOf(
                entries().getAll(entryIds, TimelineEntryDocument.class).values());
    }

    /** The unit's path, root first; just the unit when its creation was not seen. */
    List<String> unitPath(String unitId) {
        return units().get(unitId, TimelineUnit.class)
                .map(TimelineUnit::unitPath)
                .orElse(List.of(unitId));
    }

    void putUnit(EventFacts event, TimelineUnit unit) {
        boolean applied = units().get(unit.unitId(), TimelineUnit.class)
                .filter(existing -> !event.isNewerThan(existing.lastGlobalIndex()))
                .isPresent();
        if (!applied) {
            units().put(unit.unitId(), unit);
        }
    }

    void putPerson(EventFacts event, TimelinePerson person) {
        if (person(person.employeeId())
                .filter(p -> !event.isNewerThan(p.lastGlobalIndex()))
                .isEmpty()) {
            people().put(person.employeeId(), person);
        }
    }

    /** Opens the entry {@code entryId} of the employee's case file saying {@code content}. */
    void open(EventFacts event, String employeeId, String entryId, EntryContent content) {
        var known = person(employeeId);
        // Each entry is listed by its person's document, written in the same batch: an entry the
        // person does not list was never opened, and a new record (the usual case) costs no read.
        boolean listed = known.map(p -> p.entryIds().contains(entryId)).orElse(true);
        if (listed
                && entry(entryId)
                        .filter(e -> !event.isNewerThan(e.lastGlobalIndex()))
                        .isPresent()) {
            return;
        }
        var person = known.orElseGet(() -> TimelinePerson.unknown(employeeId));
        entries()
                .put(
                        entryId,
                        TimelineEntryDocument.open(entryId, content, person, event.position(), event.recordedAt()));
        if (!person.entryIds().contains(entryId)) {
            people().put(employeeId, person.withEntry(entryId, event.position()));
        }
    }

    /** Changes entry {@code entryId}, if there is one and it has not seen this event yet. */
    void change(EventFacts event, String entryId, UnaryOperator<TimelineEntryDocument> change) {
        entry(entryId).filter(e -> event.isNewerThan(e.lastGlobalIndex())).ifPresent(e -> entries()
                .put(entryId, change.apply(e).at(event.position())));
    }

    /** Changes the employee, then repeats them on each of their entries that has not seen this event. */
    void changePerson(EventFacts event, String employeeId, UnaryOperator<TimelinePerson> change) {
        changePerson(event, employeeId, change, UnaryOperator.identity());
    }

    /** As {@link #changePerson(EventFacts, String, UnaryOperator)}, changing each entry also by {@code entryChange}. */
    void changePerson(
            EventFacts event,
            String employeeId,
            UnaryOperator<TimelinePerson> change,
            UnaryOperator<TimelineEntryDocument> entryChange) {
        var found = person(employeeId);
        if (found.isEmpty()) {
            return;
        }
        var person = found.get();
        if (event.isNewerThan(person.lastGlobalIndex())) {
            person = change.apply(person);
            people().put(employeeId, person);
        }
        for (var entry :
                entries().getAll(person.entryIds(), TimelineEntryDocument.class).values()) {
            if (event.isNewerThan(entry.lastGlobalIndex())) {
                entries()
                        .put(
                                entry.entryId(),
                                entryChange.apply(entry).of(person).at(event.position()));
            }
        }
    }

    /** Unit {@code unitId} now sits at {@code newUnitPath}: every path through it follows. */
    void moveUnit(EventFacts event, String unitId, List<String> newUnitPath) {
        UnaryOperator<List<String>> rebase = path -> TimelineUnit.rebase(path, unitId, newUnitPath);
        long at = event.position();
        rewrite(
                units(),
                TimelineUnit.class,
                unitId,
                unit -> event.isNewerThan(unit.lastGlobalIndex())
                        ? new TimelineUnit(unit.unitId(), rebase.apply(unit.unitPath()), at)
                        : null);
        rewrite(
                people(),
                TimelinePerson.class,
                unitId,
                person -> event.isNewerThan(person.lastGlobalIndex())
                        ? person.inUnit(person.unitId(), rebase.apply(person.unitPath()), at)
                        : null);
        rewrite(
                entries(),
                TimelineEntryDocument.class,
                unitId,
                entry -> event.isNewerThan(entry.lastGlobalIndex())
                        ? entry.inUnitPath(rebase.apply(entry.unitPath())).at(at)
                        : null);
    }

    /** Applies {@code change} (null: nothing to do) to every document with {@code unitId} in its path. */
    private <T> void rewrite(Documents documents, Class<T> type, String unitId, Function<T, T> change) {
        List<String> ids = documents.idsWhere("unitPath", unitId);
        for (int from = 0; from < ids.size(); from += MOVE_CHUNK) {
            var chunk = ids.subList(from, Math.min(from + MOVE_CHUNK, ids.size()));
            documents.getAll(chunk, type).forEach((id, document) -> {
                T changed = change.apply(document);
                if (changed != null) {
                    documents.put(id, changed);
                }
            });
            // A big subtree is written as it goes rather than held until the batch ends.
            documents.flush();
        }
    }

    private Documents entries() {
        return target.documents(ENTRIES);
    }

    private Documents people() {
        return target.documents(PEOPLE);
    }

    private Documents units() {
        return target.documents(UNITS);
    }
}

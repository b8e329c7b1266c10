package org.prawat.query.knowledge;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.prawat.query.projection.Documents;
import org.prawat.query.projection.EventFacts;
import org.prawat.query.projection.ProjectionTarget;

/**
 * The knowledge read model's documents in one {@link ProjectionTarget}, and the only ways the
 * projections change them. Each change first asks whether the document has already applied the
 * event (its {@code lastGlobalIndex} is at or past the event's position) and then does nothing.
 */
final class KnowledgeStore {

    static final String DOCUMENTS = "knowledge";
    static final String PEOPLE = "knowledge-people";
    static final String UNITS = "knowledge-units";
    static final String TRAININGS = "knowledge-trainings";
    static final List<String> ALIASES = List.of(DOCUMENTS, PEOPLE, UNITS, TRAININGS);
    private static final int MOVE_CHUNK = 500;

    private final ProjectionTarget target;

    KnowledgeStore(ProjectionTarget target) {
        this.target = target;
    }

    Optional<KnowledgeDocument> document(String id) {
        return documents().get(id, KnowledgeDocument.class);
    }

    Optional<KnowledgeAuthor> author(String employeeId) {
        return people().get(employeeId, KnowledgeAuthor.class);
    }

    Optional<KnowledgeTraining> training(String trainingId) {
        return trainings().get(trainingId, KnowledgeTraining.class);
    }

    /** The unit's path, root first; just the unit when its creation was not seen. */
    List<String> unitPath(String unitId) {
        return units().get(unitId, KnowledgeUnit.class)
                .map(KnowledgeUnit::unitPath)
                .orElse(List.of(unitId));
    }

    void putUnit(EventFacts event, KnowledgeUnit unit) {
        if (isNew(event, units().get(unit.unitId(), KnowledgeUnit.class).map(KnowledgeUnit::lastGlobalIndex))) {
            units().put(unit.unitId(), unit);
        }
    }

    void putAuthor(EventFacts event, KnowledgeAuthor author) {
        if (isNew(event, author(author.employeeId()).map(KnowledgeAuthor::lastGlobalIndex))) {
            people().put(author.employeeId(), author);
        }
    }

    /**
     * Written without reading first: a training's title comes whole from one event, and a
     * processor applying events again (after a rollback, a restart or a rebuild's switch) applies
     * every later one again too, in order: an older title written over a newer one is written over
     * again by the correction that follows it. Saves reading a never-seen id for every training.
     */
    void putTraining(KnowledgeTraining training) {
        trainings().put(training.trainingId(), training);
    }

    /** Opens {@code document}, written by {@code authorId} (null for a course). */
    void open(EventFacts event, KnowledgeDocument document, String authorId) {
        String id = document.id();
        if (!isNew(event, document(id).map(KnowledgeDocument::lastGlobalIndex))) {
            return;
        }
        if (authorId == null) {
            documents().put(id, document.at(event.position()));
            return;
        }
        var author = author(authorId).orElseGet(() -> KnowledgeAuthor.unknown(authorId));
        documents().put(id, document.by(author).at(event.position()));
        if (!author.documentIds().contains(id)) {
            people().put(authorId, author.withDocument(id, event.position()));
        }
    }

    /** Changes document {@code id}, if there is one and it has not seen this event yet. */
    void change(EventFacts event, String id, UnaryOperator<KnowledgeDocument> change) {
        document(id).filter(d -> event.isNewerThan(d.lastGlobalIndex())).ifPresent(d -> documents()
                .put(id, change.apply(d).at(event.position())));
    }

    /** Changes the author, then repeats them on each of their documents that has not seen this event. */
    void changeAuthor(EventFacts event, String employeeId, UnaryOperator<KnowledgeAuthor> change) {
        var found = author(employeeId);
        if (found.isEmpty()) {
            return;
        }
        var author = found.get();
        if (event.isNewerThan(author.lastGlobalIndex())) {
            author = change.apply(author);
            people().put(employeeId, author);
        }
        for (var document : documents()
                .getAll(author.documentIds(), KnowledgeDocument.class)
                .values()) {
            if (event.isNewerThan(document.lastGlobalIndex())) {
                documents().put(document.id(), document.by(author).at(event.position()));
            }
        }
    }

    /** Unit {@code unitId} now sits at {@code newUnitPath}: every path through it follows. */
    void moveUnit(EventFacts event, String unitId, List<String> newUnitPath) {
        UnaryOperator<List<String>> rebase = path -> KnowledgeUnit.rebase(path, unitId, newUnitPath);
        long at = event.position();
        rewrite(
                units(),
                KnowledgeUnit.class,
                unitId,
                unit -> event.isNewerThan(unit.lastGlobalIndex())
                        ? new KnowledgeUnit(unit.unitId(), rebase.apply(unit.unitPath()), at)
                        : null);
        rewrite(
                people(),
                KnowledgeAuthor.class,
                unitId,
                author -> event.isNewerThan(author.lastGlobalIndex())
                        ? author.inUnit(author.unitId(), rebase.apply(author.unitPath()), at)
                        : null);
        rewrite(
                documents(),
                KnowledgeDocument.class,
                unitId,
                document -> event.isNewerThan(document.lastGlobalIndex())
                        ? document.inUnitPath(rebase.apply(document.unitPath())).at(at)
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

    private static boolean isNew(EventFacts event, Optional<Long> lastApplied) {
        return lastApplied.map(event::isNewerThan).orElse(true);
    }

    private Documents documents() {
        return target.documents(DOCUMENTS);
    }

    private Documents people() {
        return target.documents(PEOPLE);
    }

    private Documents units() {
        return target.documents(UNITS);
    }

    private Documents trainings() {
        return target.documents(TRAININGS);
    }
}

package org.prawat.query.knowledge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.knowledge.KnowledgeKind;
import org.prawat.api.knowledge.KnowledgeablePersonHit;

/**
 * Gathers matching documents by person: a report or item counts for its author, a course for each
 * of its trainers. Trainers are known by name only; one who is also an author among the matches
 * (same full name) is counted as that author. Ranked by how much of theirs matched, then by how well.
 */
final class KnowledgeablePeople {

    private final Map<String, Tally> authors = new LinkedHashMap<>();
    private final Map<String, Tally> trainers = new LinkedHashMap<>();

    void credit(KnowledgeDocument document, double score, String snippet) {
        if (document.kind() == KnowledgeKind.COURSE) {
            for (String trainer : document.trainers()) {
                trainers.computeIfAbsent(trainer, name -> new Tally(null, name)).add(document.kind(), score, snippet);
            }
        } else if (document.authorId() != null) {
            authors.computeIfAbsent(document.authorId(), id -> new Tally(id, document.authorName()))
                    .add(document.kind(), score, snippet);
        }
    }

    List<KnowledgeablePersonHit> ranked() {
        var people = new ArrayList<>(authors.values());
        trainers.forEach((name, taught) -> people.stream()
                .filter(author -> name.equals(author.name))
                .findFirst()
                .ifPresentOrElse(author -> author.merge(taught), () -> people.add(taught)));
        return people.stream()
                .sorted(Comparator.comparingInt((Tally t) -> -t.matches())
                        .thenComparingDouble(t -> -t.score)
                        .thenComparing(t -> t.name == null ? "" : t.name))
                .map(Tally::toHit)
                .toList();
    }

    private static final class Tally {
        private final String employeeId;
        private final String name;
        private final Map<KnowledgeKind, Integer> counts = new LinkedHashMap<>();
        private double score;
        private double bestScore = -1;
        private String bestSnippet;

        Tally(String employeeId, String name) {
            this.employeeId = employeeId;
            this.name = name;
        }

        void add(KnowledgeKind kind, double hitScore, String snippet) {
            counts.merge(kind, 1, Integer::sum);
            score += hitScore;
            if (hitScore > bestScore) {
                bestScore = hitScore;
                bestSnippet = snippet;
            }
        }

        void merge(Tally other) {
            other.counts.forEach((kind, n) -> counts.merge(kind, n, Integer::sum));
            score += other.score;
            if (other.bestScore > bestScore) {
                bestScore = other.bestScore;
                bestSnippet = other.bestSnippet;
            }
        }

        int matches() {
            return counts.values().stream().mapToInt(Integer::intValue).sum();
        }

        KnowledgeablePersonHit toHit() {
            return new KnowledgeablePersonHit(
                    employeeId == null ? null : new EmployeeId(employeeId),
                    name,
                    counts.getOrDefault(KnowledgeKind.TRAINING_REPORT, 0),
                    counts.getOrDefault(KnowledgeKind.KNOWLEDGE_ITEM, 0),
                    counts.getOrDefault(KnowledgeKind.COURSE, 0),
                    bestSnippet);
        }
    }
}

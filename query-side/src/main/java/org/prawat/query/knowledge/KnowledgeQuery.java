package org.prawat.query.knowledge;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.search.Highlight;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.prawat.api.history.Scope;
import org.prawat.api.knowledge.KnowledgeKind;

/**
 * The query both knowledge searches share. Thai is written without spaces and the analyzer splits
 * compounds (ศึกษาดูงาน → ศึกษา|ดู|งาน), so each whitespace-separated word of the user's text must
 * match as a phrase; matching its parts one by one would find every text that mentions งาน.
 */
final class KnowledgeQuery {

    private static final List<String> FIELDS = List.of("title^3", "topics^2", "trainers^2", "authorName", "text");

    /** The highlighted fields, in the order their fragment is preferred as the hit's snippet. */
    private static final List<String> SNIPPET_FIELDS = List.of("text", "topics", "title", "trainers");

    private static final int SNIPPET_LENGTH = 160;

    private KnowledgeQuery() {}

    /**
     * Documents holding every word of {@code text}, of {@code kinds} (empty: all), current or also
     * archived, that {@code scope} covers. A course has no unit: the catalogue is everyone's.
     */
    static Query of(String text, Collection<KnowledgeKind> kinds, boolean includeArchived, Scope scope) {
        return Query.of(q -> q.bool(b -> {
            for (String word : words(text)) {
                b.must(m -> m.multiMatch(mm -> mm.query(word).fields(FIELDS).type(TextQueryType.Phrase)));
            }
            b.filter(terms(
                    "status",
                    includeArchived
                            ? List.of(KnowledgeStatus.ACTIVE.name(), KnowledgeStatus.ARCHIVED.name())
                            : List.of(KnowledgeStatus.ACTIVE.name())));
            if (!kinds.isEmpty()) {
                b.filter(terms("kind", kinds.stream().map(Enum::name).toList()));
            }
            if (!scope.coversEverything()) {
                b.filter(f -> f.bool(visible -> visible(visible, scope)));
            }
            return b;
        }));
    }

    static boolean isBlank(String text) {
        return words(text).isEmpty();
    }

    static Highlight highlight() {
        return Highlight.of(h -> {
            for (String field : SNIPPET_FIELDS) {
                h.fields(field, f -> f.numberOfFragments(1).fragmentSize(SNIPPET_LENGTH));
            }
            return h;
        });
    }

    /** The best highlighted fragment of {@code hit}, or the start of its text when nothing is highlighted. */
    static String snippet(Hit<KnowledgeDocument> hit) {
        for (String field : SNIPPET_FIELDS) {
            var fragments = hit.highlight().get(field);
            if (fragments != null && !fragments.isEmpty()) {
                return fragments.get(0);
            }
        }
        String text = hit.source().text();
        if (text == null) {
            return "";
        }
        return text.length() <= SNIPPET_LENGTH ? text : text.substring(0, SNIPPET_LENGTH) + "…";
    }

    private static List<String> words(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.strip().split("\\s+"))
                .filter(w -> !w.isEmpty())
                .toList();
    }

    private static BoolQuery.Builder visible(BoolQuery.Builder bool, Scope scope) {
        bool.should(s -> s.term(t -> t.field("kind").value(KnowledgeKind.COURSE.name())));
        if (!scope.units().isEmpty()) {
            bool.should(terms(
                    "unitPath", scope.units().stream().map(Object::toString).toList()));
        }
        return bool.minimumShouldMatch("1");
    }

    private static Query terms(String field, Collection<String> values) {
        List<FieldValue> fieldValues = values.stream().map(FieldValue::of).toList();
        return Query.of(q -> q.terms(t -> t.field(field).terms(v -> v.value(fieldValues))));
    }
}

package org.prawat.query.search;

import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.search.SearchHit;
import org.prawat.api.search.SearchHitType;

/** An Elasticsearch hit of any of the searched indices as a {@link SearchHit}. */
final class SearchHits {

    private static final int PLAIN_SNIPPET_LENGTH = 160;

    private SearchHits() {}

    static SearchHit of(Hit<ObjectNode> hit) {
        ObjectNode source = hit.source() == null ? JsonNodeFactory.instance.objectNode() : hit.source();
        var type = typeOf(hit.index());
        return switch (type) {
            case PERSON -> new SearchHit(
                    type,
                    text(source, "employeeId"),
                    text(source, "fullName"),
                    snippet(hit, joined(text(source, "position"), text(source, "unitName"))),
                    employeeId(text(source, "employeeId")),
                    text(source, "fullName"),
                    null,
                    date(source, "appointedOn"));
            case RECORD -> new SearchHit(
                    type,
                    text(source, "entryId"),
                    text(source, "title"),
                    snippet(hit, text(source, "text")),
                    employeeId(text(source, "employeeId")),
                    text(source, "employeeName"),
                    text(source, "kind"),
                    date(source, "businessDate"));
            case KNOWLEDGE -> new SearchHit(
                    type,
                    hit.id(),
                    text(source, "title"),
                    snippet(hit, text(source, "text")),
                    employeeId(firstOf(text(source, "authorId"), text(source, "employeeId"))),
                    text(source, "authorName"),
                    text(source, "kind"),
                    date(source, "businessDate"));
        };
    }

    static SearchHitType typeOf(String index) {
        if (index.startsWith("employees-v")) {
            return SearchHitType.PERSON;
        }
        return index.startsWith("timeline-v") ? SearchHitType.RECORD : SearchHitType.KNOWLEDGE;
    }

    /** The first marked fragment, the text first, else the start of the text as it stands. */
    private static String snippet(Hit<ObjectNode> hit, String plain) {
        for (String field :
                List.of("text", "title", "fullName", "position", "unitName", "employeeName", "authorName")) {
            var fragments = hit.highlight().get(field);
            if (fragments != null && !fragments.isEmpty()) {
                return fragments.get(0);
            }
        }
        if (plain == null) {
            return null;
        }
        return plain.length() <= PLAIN_SNIPPET_LENGTH ? plain : plain.substring(0, PLAIN_SNIPPET_LENGTH) + "…";
    }

    private static String text(ObjectNode source, String field) {
        JsonNode value = source.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static LocalDate date(ObjectNode source, String field) {
        String value = text(source, field);
        return value == null ? null : LocalDate.parse(value.substring(0, Math.min(10, value.length())));
    }

    private static EmployeeId employeeId(String value) {
        return value == null ? null : new EmployeeId(value);
    }

    private static String firstOf(String first, String second) {
        return first != null ? first : second;
    }

    private static String joined(String first, String second) {
        return first == null ? second : second == null ? first : first + " · " + second;
    }
}

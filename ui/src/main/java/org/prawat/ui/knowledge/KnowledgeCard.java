package org.prawat.ui.knowledge;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import org.prawat.api.knowledge.KnowledgeHit;
import org.prawat.api.knowledge.KnowledgeKind;
import org.prawat.ui.common.ThaiDates;

/**
 * One hit of the knowledge search: its kind, title, date, the matching passage with the matched
 * words marked, and who it comes from: a course's trainers, a report's or item's author linked to
 * their case file.
 */
final class KnowledgeCard extends Div {

    KnowledgeCard(KnowledgeHit hit, Locale locale) {
        addClassName("knowledge-hit");
        getElement().setAttribute("data-kind", hit.kind().name());
        var heading = new Div(
                text("knowledge-kind", getTranslation(key(hit.kind()))),
                text("knowledge-title", hit.title()),
                text("knowledge-date", ThaiDates.shortDate(hit.businessDate(), locale)));
        if (hit.archived()) {
            heading.add(text("knowledge-archived", getTranslation("knowledge.archived")));
        }
        heading.addClassName("knowledge-heading");
        var snippet = new Div();
        snippet.addClassName("knowledge-snippet");
        Snippet.pieces(hit.snippet()).forEach(snippet::add);
        add(heading, snippet, source(hit));
    }

    /** The bundle key of a kind's name. */
    static String key(KnowledgeKind kind) {
        return "knowledge.kind." + kind.name();
    }

    private Div source(KnowledgeHit hit) {
        var source = new Div();
        source.addClassName("knowledge-source");
        if (hit.kind() == KnowledgeKind.COURSE) {
            source.add(text(
                    "knowledge-trainers", getTranslation("knowledge.trainers", String.join(", ", hit.trainers()))));
        } else if (hit.authorId() != null) {
            var author = new Anchor("employees/" + hit.authorId(), hit.authorName());
            author.addClassName("knowledge-author");
            author.getElement().setAttribute("router-link", true);
            source.add(new Span(getTranslation("knowledge.author")), author);
        }
        return source;
    }

    private static Span text(String className, String text) {
        var span = new Span(text == null ? "" : text);
        span.addClassName(className);
        return span;
    }
}

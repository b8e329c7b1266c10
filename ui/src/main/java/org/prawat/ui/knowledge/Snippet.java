package org.prawat.ui.knowledge;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.prawat.ui.common.MarkedText;

/** A knowledge snippet as components: the words marked {@code <em>} become Spans of class "snippet-mark". */
final class Snippet {

    private Snippet() {}

    static List<Component> pieces(String snippet) {
        return MarkedText.pieces(snippet, "<em>", "</em>", Snippet::mark);
    }

    private static Component mark(String text) {
        var mark = new Span(text);
        mark.addClassName("snippet-mark");
        return mark;
    }
}

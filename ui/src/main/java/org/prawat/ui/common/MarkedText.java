package org.prawat.ui.common;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A highlighted snippet from Elasticsearch as components: the words between {@code open} and
 * {@code close} (e.g. {@code <mark>}…{@code </mark>}) made by {@code marked}, the rest plain Spans,
 * every piece set as text. Never HTML: a snippet quotes what users wrote, so a {@code <script>} in a
 * record is shown as the characters it is.
 */
public final class MarkedText {

    private MarkedText() {}

    public static List<Component> pieces(
            String snippet, String open, String close, Function<String, Component> marked) {
        var pieces = new ArrayList<Component>();
        if (snippet == null) {
            return pieces;
        }
        int at = 0;
        while (at < snippet.length()) {
            int start = snippet.indexOf(open, at);
            int end = start < 0 ? -1 : snippet.indexOf(close, start + open.length());
            if (start < 0 || end < 0) {
                pieces.add(new Span(snippet.substring(at)));
                break;
            }
            if (start > at) {
                pieces.add(new Span(snippet.substring(at, start)));
            }
            pieces.add(marked.apply(snippet.substring(start + open.length(), end)));
            at = end + close.length();
        }
        return pieces;
    }
}

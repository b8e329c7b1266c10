package org.prawat.ui.search;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * A search snippet as components: the words between {@code <mark>} and {@code </mark>} become
 * {@link Mark}s, the rest plain Spans, every piece set as text, so anything else that looks like
 * HTML in a record (a {@code <script>} typed into a title) is shown as the characters it is.
 */
final class Snippets {

    private static final String OPEN = "<mark>";
    private static final String CLOSE = "</mark>";

    private Snippets() {}

    static List<Component> pieces(String snippet) {
        var pieces = new ArrayList<Component>();
        if (snippet == null) {
            return pieces;
        }
        int at = 0;
        while (at < snippet.length()) {
            int open = snippet.indexOf(OPEN, at);
            int close = open < 0 ? -1 : snippet.indexOf(CLOSE, open + OPEN.length());
            if (open < 0 || close < 0) {
                pieces.add(new Span(snippet.substring(at)));
                break;
            }
            if (open > at) {
                pieces.add(new Span(snippet.substring(at, open)));
            }
            pieces.add(new Mark(snippet.substring(open + OPEN.length(), close)));
            at = close + CLOSE.length();
        }
        return pieces;
    }
}

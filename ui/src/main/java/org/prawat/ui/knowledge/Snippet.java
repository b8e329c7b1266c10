package org.prawat.ui.knowledge;

import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A search snippet as text pieces: the words Elasticsearch marked with {@code <em>} become Spans of
 * class "snippet-mark", the rest plain Spans. Never HTML: the snippet quotes what users wrote.
 */
final class Snippet {

    private static final Pattern MARK = Pattern.compile("<em>(.*?)</em>", Pattern.DOTALL);

    private Snippet() {}

    static List<Span> pieces(String snippet) {
        var pieces = new ArrayList<Span>();
        if (snippet == null) {
            return pieces;
        }
        var matcher = MARK.matcher(snippet);
        int from = 0;
        while (matcher.find()) {
            if (matcher.start() > from) {
                pieces.add(new Span(snippet.substring(from, matcher.start())));
            }
            var mark = new Span(matcher.group(1));
            mark.addClassName("snippet-mark");
            pieces.add(mark);
            from = matcher.end();
        }
        if (from < snippet.length()) {
            pieces.add(new Span(snippet.substring(from)));
        }
        return pieces;
    }
}

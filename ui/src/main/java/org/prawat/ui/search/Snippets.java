package org.prawat.ui.search;

import com.vaadin.flow.component.Component;
import java.util.List;
import org.prawat.ui.common.MarkedText;

/** A search snippet as components: the words search marked {@code <mark>} become {@link Mark}s. */
final class Snippets {

    private Snippets() {}

    static List<Component> pieces(String snippet) {
        return MarkedText.pieces(snippet, "<mark>", "</mark>", Mark::new);
    }
}

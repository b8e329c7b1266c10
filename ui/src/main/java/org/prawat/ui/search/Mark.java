package org.prawat.ui.search;

import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.Tag;

/** A {@code <mark>} element: a word the search found, highlighted. */
@Tag("mark")
public class Mark extends HtmlContainer {

    public Mark(String text) {
        setText(text);
    }
}

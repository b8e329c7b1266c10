package org.prawat.ui.casefile;

import com.vaadin.flow.component.Component;

/** The text a user reads in a component and everything inside it. */
final class ViewTestText {

    private ViewTestText() {}

    static String of(Component component) {
        return component.getElement().getTextRecursively();
    }
}

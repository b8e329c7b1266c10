package org.prawat.ui.search;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.prawat.api.history.TimelineEntryKind;
import org.prawat.api.search.SearchHit;
import org.prawat.api.search.SearchHitType;
import org.prawat.ui.casefile.KindIcons;
import org.prawat.ui.common.ThaiDates;

/**
 * One hit: kind icon and name, B.E. date, whose it is, title and the highlighted snippet. A person
 * or a record opens the case file; knowledge opens the knowledge view.
 */
class SearchHitCard extends Div {

    SearchHitCard(SearchHit hit) {
        addClassName("search-hit");
        getElement().setAttribute("data-hit-type", hit.type().name());
        getElement().setAttribute("data-hit-id", hit.id());
        var kind = new Span(kindName(hit));
        kind.addClassName("hit-kind");
        var meta = new Div(icon(hit), kind);
        meta.addClassName("hit-meta");
        if (hit.businessDate() != null) {
            var date = new Span(ThaiDates.longDate(hit.businessDate(), getLocale()));
            date.addClassName("hit-date");
            meta.add(date);
        }
        if (hit.employeeName() != null) {
            var employee = new Span(hit.employeeName());
            employee.addClassName("hit-employee");
            meta.add(employee);
        }
        var title = new Div(new Span(hit.title() == null ? "" : hit.title()));
        title.addClassName("hit-title");
        var snippet = new Div();
        snippet.addClassName("hit-snippet");
        Snippets.pieces(hit.snippet()).forEach(snippet::add);
        add(meta, title, snippet);
        addClickListener(e -> open(hit));
    }

    private String kindName(SearchHit hit) {
        return switch (hit.type()) {
            case PERSON -> getTranslation("search.type.person");
            case RECORD, KNOWLEDGE -> hit.kind() == null
                    ? getTranslation("search.type.knowledge")
                    : FacetLabels.kind(this, hit.kind());
        };
    }

    private static Icon icon(SearchHit hit) {
        if (hit.type() == SearchHitType.RECORD && hit.kind() != null && FacetLabels.isRecordKind(hit.kind())) {
            return KindIcons.of(TimelineEntryKind.valueOf(hit.kind()));
        }
        var icon = (hit.type() == SearchHitType.PERSON ? VaadinIcon.USER : VaadinIcon.BOOK).create();
        icon.addClassName("kind-icon");
        return icon;
    }

    private static void open(SearchHit hit) {
        if (hit.type() == SearchHitType.KNOWLEDGE || hit.employeeId() == null) {
            UI.getCurrent().navigate("knowledge");
        } else {
            UI.getCurrent().navigate("employees/" + hit.employeeId().value());
        }
    }
}

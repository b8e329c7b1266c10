package org.prawat.ui.knowledge;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.prawat.api.knowledge.FindPeopleWhoKnow;
import org.prawat.api.knowledge.KnowledgeablePersonHit;
import org.prawat.api.knowledge.PeopleWhoKnow;
import org.prawat.ui.session.CurrentUser;

/** "Who knows about…": the people whose reports, items and courses taught mention a topic, most first. */
final class PeopleWhoKnowPanel extends VerticalLayout {

    private final QueryGateway queries;
    private final TextField topic = new TextField();
    private final Div people = new Div();

    PeopleWhoKnowPanel(QueryGateway queries) {
        this.queries = queries;
        setPadding(false);
        topic.setId("who-knows-topic");
        topic.setPlaceholder(getTranslation("knowledge.who-knows.placeholder"));
        var find = new Button(getTranslation("knowledge.who-knows.find"), e -> find());
        find.setId("who-knows-find");
        people.setId("who-knows-people");
        add(new H3(getTranslation("knowledge.who-knows")), new HorizontalLayout(topic, find), people);
    }

    private void find() {
        people.removeAll();
        if (topic.getValue().isBlank()) {
            return;
        }
        var answer = queries.query(
                        new FindPeopleWhoKnow(
                                topic.getValue().strip(), CurrentUser.get().scope()),
                        ResponseTypes.instanceOf(PeopleWhoKnow.class))
                .join();
        if (answer.people().isEmpty()) {
            people.add(new Span(getTranslation("knowledge.who-knows.nobody")));
        }
        answer.people().forEach(person -> people.add(row(person)));
    }

    private Div row(KnowledgeablePersonHit person) {
        var row = new Div();
        row.addClassName("knowledgeable-person");
        if (person.employeeId() != null) {
            var link = new Anchor("employees/" + person.employeeId(), person.name());
            link.getElement().setAttribute("router-link", true);
            row.add(link);
        } else {
            row.add(new Span(person.name()));
        }
        var counts = new Span(
                getTranslation("knowledge.who-knows.counts", person.reports(), person.items(), person.coursesTaught()));
        counts.addClassName("knowledgeable-counts");
        var snippet = new Div();
        snippet.addClassName("knowledge-snippet");
        Snippet.pieces(person.bestSnippet()).forEach(snippet::add);
        row.add(counts, snippet);
        return row;
    }
}

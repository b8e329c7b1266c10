package org.prawat.ui.session;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.prawat.api.employee.EmployeeHit;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.employee.EmployeeSearchResult;
import org.prawat.api.employee.FindEmployeesByIdentifiers;
import org.prawat.api.employee.IdentifiedEmployees;
import org.prawat.api.employee.SearchEmployees;
import org.prawat.api.history.CaseHistory;
import org.prawat.api.history.FindCaseHistory;
import org.prawat.api.history.FindTeamTimeline;
import org.prawat.api.history.Scope;
import org.prawat.api.history.TeamTimelinePage;
import org.prawat.api.organisation.OrganisationUnitId;
import org.prawat.api.search.SearchEverything;
import org.prawat.api.search.SearchHit;
import org.prawat.api.search.SearchResult;
import org.prawat.api.security.Actor;
import org.prawat.infra.security.CurrentActor;

/**
 * What a user reaches through the three ways into a case file (search, a unit's team timeline, the
 * case file itself), asked through the query bus as {@code actor}. Shared by the handler-level
 * tests here and, after sign-in, the same checks over the HTTP API.
 */
final class SiblingUnitReach {

    private final QueryGateway queries;

    SiblingUnitReach(QueryGateway queries) {
        this.queries = queries;
    }

    /** The people a search for {@code text} finds, in the actor's own scope. */
    List<EmployeeId> searchFinds(Actor actor, String text) {
        return searchFinds(actor, text, actor.scope());
    }

    List<EmployeeId> searchFinds(Actor actor, String text, Scope asked) {
        return as(actor, () -> queries
                .query(
                        new SearchEverything(text, null, 0, 50, null, asked),
                        ResponseTypes.instanceOf(SearchResult.class))
                .join()
                .hits()
                .stream()
                .map(SearchHit::employeeId)
                .toList());
    }

    /** The people the employee register lists for {@code text}, asked within {@code asked}. */
    List<EmployeeId> registerFinds(Actor actor, String text, Scope asked) {
        return as(actor, () -> queries
                .query(new SearchEmployees(text, 0, 50, asked), ResponseTypes.instanceOf(EmployeeSearchResult.class))
                .join()
                .hits()
                .stream()
                .map(EmployeeHit::employeeId)
                .toList());
    }

    /** The people a pasted attendance list of {@code identifiers} names, asked within {@code asked}. */
    List<EmployeeId> identified(Actor actor, List<String> identifiers, Scope asked) {
        return as(actor, () -> queries
                .query(
                        new FindEmployeesByIdentifiers(identifiers, asked),
                        ResponseTypes.instanceOf(IdentifiedEmployees.class))
                .join()
                .found()
                .stream()
                .map(found -> found.employee().employeeId())
                .toList());
    }

    TeamTimelinePage teamTimeline(Actor actor, OrganisationUnitId unit) {
        return as(actor, () -> queries.query(
                        new FindTeamTimeline(unit, null, null, null, null, 0, 50, actor.scope()),
                        ResponseTypes.instanceOf(TeamTimelinePage.class))
                .join());
    }

    Optional<CaseHistory> caseFile(Actor actor, EmployeeId employee, Scope asked) {
        return as(actor, () -> queries.query(
                        new FindCaseHistory(employee, asked), ResponseTypes.optionalInstanceOf(CaseHistory.class))
                .join());
    }

    private static <T> T as(Actor actor, Supplier<T> work) {
        return CurrentActor.callAs(actor, work);
    }
}

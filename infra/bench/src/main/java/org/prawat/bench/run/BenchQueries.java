package org.prawat.bench.run;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.prawat.api.employee.EmployeeId;
import org.prawat.api.history.CaseHistory;
import org.prawat.api.history.FindCaseHistory;
import org.prawat.api.history.FindCaseHistoryAsAt;
import org.prawat.api.history.FindTeamTimeline;
import org.prawat.api.history.Scope;
import org.prawat.api.history.TeamTimelinePage;
import org.prawat.api.history.TimelineEntryKind;
import org.prawat.api.organisation.OrganisationUnitId;
import org.prawat.api.search.SearchEverything;
import org.prawat.api.search.SearchFilters;
import org.prawat.api.search.SearchOrder;
import org.prawat.api.search.SearchResult;
import org.prawat.api.security.Actor;

/**
 * The queries a user of the loaded data set would send, through the query bus as the HR officer
 * (the auditor for past states), each kind in a few distinct variants.
 */
final class BenchQueries {

    /** The unit whose subtree is closest above 1,000 people (the largest when none is), and its head count. */
    record Team(OrganisationUnitId unitId, long people) {}

    static final int TEAM_SIZE = 1_000;
    private static final int PAGE_SIZE = 20;
    private static final int TEAM_PAGE_SIZE = 50;
    private static final int VARIANTS = 20;

    private final QueryGateway queries;

    BenchQueries(QueryGateway queries) {
        this.queries = queries;
    }

    /** Found in the people's index: the smallest subtree holding at least {@value #TEAM_SIZE} people. */
    static Team team(RawElasticsearch elasticsearch) {
        elasticsearch.refresh("timeline-people");
        JsonNode buckets = elasticsearch
                .post(
                        "/timeline-people/_search",
                        elasticsearch.body("{\"size\":0,\"aggs\":{\"units\":{\"terms\":"
                                + "{\"field\":\"unitPath\",\"size\":10000}}}}"))
                .path("aggregations")
                .path("units")
                .path("buckets");
        Team best = null;
        for (JsonNode bucket : buckets) {
            var team = new Team(
                    new OrganisationUnitId(bucket.path("key").asText()),
                    bucket.path("doc_count").asLong());
            if (best == null || preference(team) < preference(best)) {
                best = team;
            }
        }
        if (best == null) {
            throw new IllegalStateException("No people in the timeline index to pick a team from");
        }
        return best;
    }

    /** Lower is better: any subtree of at least a thousand before any smaller; then the closest to it. */
    private static long preference(Team team) {
        return team.people() >= TEAM_SIZE ? team.people() : Long.MAX_VALUE - team.people();
    }

    /** Thai full text with a unit and a kind filter, facets counted (as the search view asks). */
    List<Runnable> search(List<String> terms, Team team) {
        List<Runnable> variants = new ArrayList<>();
        for (int i = 0; i < Math.min(VARIANTS, terms.size()); i++) {
            String term = terms.get(i);
            var filters = i % 2 == 0
                    ? SearchFilters.none().inUnit(team.unitId())
                    : new SearchFilters(
                            team.unitId(),
                            Set.of(TimelineEntryKind.TRAINING.name()),
                            null,
                            null,
                            null,
                            null,
                            null,
                            null);
            var query = new SearchEverything(term, filters, 0, PAGE_SIZE, SearchOrder.RELEVANCE, Scope.everything());
            variants.add(() -> ask(Senders.HR_OFFICER, query, SearchResult.class));
        }
        return variants;
    }

    /** One employee's case file as it reads now. */
    List<Runnable> timeline(List<EmployeeId> people) {
        return people.stream()
                .limit(VARIANTS)
                .map(id ->
                        (Runnable) () -> askOptional(Senders.HR_OFFICER, new FindCaseHistory(id, Scope.everything())))
                .toList();
    }

    /** Pages of the team's timeline, newest first. */
    List<Runnable> teamTimeline(Team team) {
        List<Runnable> variants = new ArrayList<>();
        for (int page = 0; page < 5; page++) {
            var query = new FindTeamTimeline(
                    team.unitId(), null, null, Set.of(), null, page, TEAM_PAGE_SIZE, Scope.everything());
            variants.add(() -> ask(Senders.HR_OFFICER, query, TeamTimelinePage.class));
        }
        return variants;
    }

    /** The whole of the longest case file as it stood at the end of loading, rebuilt from the event store. */
    List<Runnable> asAt(EmployeeId employeeId, Instant moment) {
        var query = new FindCaseHistoryAsAt(employeeId, moment, Scope.everything());
        return List.of(() -> askOptional(Senders.AUDITOR, query));
    }

    private <R> R ask(Actor actor, Object query, Class<R> answer) {
        return Senders.as(actor, () -> queries.query(query, answer).join());
    }

    private void askOptional(Actor actor, Object query) {
        var found = Senders.as(actor, () -> queries.query(query, ResponseTypes.optionalInstanceOf(CaseHistory.class))
                .join());
        if (found.isEmpty()) {
            throw new IllegalStateException("No case file answered " + query);
        }
    }
}

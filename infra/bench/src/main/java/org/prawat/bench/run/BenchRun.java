package org.prawat.bench.run;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryGateway;
import org.elasticsearch.client.RestClient;
import org.prawat.api.employee.EmployeeId;
import org.prawat.bench.data.BenchData;
import org.prawat.query.projection.ProjectionSet;
import org.prawat.query.rebuild.ProjectionRebuild;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * One benchmark run over a data set: load it through the command bus, then measure each path of
 * issue 7 beside its raw limit on the same servers, one heavy thing at a time.
 */
@Service
public class BenchRun {

    /** Each phase is logged as it starts, so a profile of the run can be cut along them. */
    private static final Logger log = LoggerFactory.getLogger(BenchRun.class);

    private static final Duration CATCH_UP_LIMIT = Duration.ofHours(6);
    /** Stored events whose shapes the raw inserts copy. */
    private static final int SHAPES = 2_000;

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final RestClient restClient;
    private final RequestCapture capture;
    private final ProjectionRebuild rebuild;
    private final List<ProjectionSet> sets;
    private final Projections projections;
    private final Clock clock;

    BenchRun(
            CommandGateway commands,
            QueryGateway queries,
            DataSource dataSource,
            JdbcTemplate jdbc,
            RestClient restClient,
            RequestCapture capture,
            ProjectionRebuild rebuild,
            List<ProjectionSet> sets,
            EventProcessingConfiguration processing,
            EventStore eventStore,
            Clock clock) {
        this.commands = commands;
        this.queries = queries;
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.restClient = restClient;
        this.capture = capture;
        this.rebuild = rebuild;
        this.sets = List.copyOf(sets);
        this.projections = new Projections(processing, eventStore);
        this.clock = clock;
    }

    public BenchReport run(BenchData data, BenchSettings settings) throws Exception {
        Instant started = clock.instant();
        long t0 = System.nanoTime();
        var rows = new EventRows(jdbc);
        var sender = new CommandSender(commands);
        var elasticsearch = new RawElasticsearch(restClient);
        var measured = new BenchRows(data.size());
        var notes = new ArrayList<String>();

        log.info("Phase: load");
        var loader = new DataSetLoader(sender, rows);
        var loaded = loader.load(data, settings.clients());
        double catchUp = projections.awaitCaughtUp(CATCH_UP_LIMIT);
        notes.add(String.format(
                "Loaded %,d case files; the projections needed %.1f s after the last command to catch up.",
                loaded.caseFiles(), catchUp));
        // Timed like every other latency here, on a machine that is not indexing a backlog of a
        // million events (a backlog only a bulk load makes); the case files are still cold.
        log.info("Phase: bulk attendance");
        var attendance = loader.attendance(data);
        projections.awaitCaughtUp(CATCH_UP_LIMIT);
        // Picked before the lag adds trainings, and spared by it, so it keeps the generator's length.
        var longest = rows.longestCaseFile().orElseThrow();
        var lagPeople = loaded.active().stream()
                .filter(p -> !p.employeeId().value().equals(longest.aggregateId()))
                .toList();
        Instant loadedAt = clock.instant();
        try (var raw = new RawInserts(dataSource, rows.newest(SHAPES))) {
            for (var phase : loaded.phases()) {
                measured.append(phase, raw.rowsPerSecond(phase.events(), phase.clients()));
            }
            measured.attendance(
                    attendance,
                    attendance.events() == 0 ? Double.NaN : raw.oneTransactionMillis((int) attendance.events()));

            log.info("Phase: projection lag");
            var lag = new ProjectionLag(sender, queries, elasticsearch, clock)
                    .measure(lagPeople, settings.lagRate(), settings.lagSeconds(), settings.probeEvery());
            projections.awaitCaughtUp(CATCH_UP_LIMIT);
            measured.lag(
                    lag,
                    new RawLag(raw, elasticsearch, restClient).measure(settings.rawLagSamples()),
                    settings.lagRate());
        }

        log.info("Phase: queries");
        var team = BenchQueries.team(elasticsearch);
        var bench = new BenchQueries(queries);
        var latency = new QueryLatency(capture, elasticsearch);
        List<EmployeeId> people =
                loaded.active().stream().map(DataSetLoader.Active::employeeId).toList();
        measured.query(
                "Search (Thai text + filters + facets)",
                latency.againstElasticsearch(bench.search(data.searchTerms(), team), settings.querySamples()),
                "SearchEverything; raw: the same _search sent directly");
        measured.query(
                "Employee timeline",
                latency.againstElasticsearch(bench.timeline(people), settings.querySamples()),
                "FindCaseHistory; raw: the same GET and mget sent directly");
        measured.query(
                String.format("Team timeline page (%,d people)", team.people()),
                latency.againstElasticsearch(bench.teamTimeline(team), settings.querySamples()),
                "FindTeamTimeline, 50 a page; raw: the same _search sent directly");
        var asAtId = new EmployeeId(longest.aggregateId());
        measured.asAt(
                longest.events(),
                latency.against(
                        bench.asAt(asAtId, loadedAt),
                        List.of(() -> rows.readStream(longest.aggregateId())),
                        settings.querySamples()));

        log.info("Phase: replay");
        measured.replay(new Replay(rebuild, sets, elasticsearch).measure());

        notes.add("Commands refused: " + sender.refused() + " (a refused command stores nothing and is not counted).");
        notes.add("PostgreSQL: synchronous_commit=" + rows.setting("synchronous_commit") + ", fsync="
                + rows.setting("fsync") + " (the same server for the application and its raw limits).");
        return new BenchReport(
                data.size().name(),
                rows.count(),
                started.toString(),
                (System.nanoTime() - t0) / 1e9,
                machine(),
                measured.rows(),
                notes);
    }

    private static Map<String, String> machine() {
        var machine = new LinkedHashMap<String, String>();
        machine.put("cpus", String.valueOf(Runtime.getRuntime().availableProcessors()));
        machine.put("maxHeapMb", String.valueOf(Runtime.getRuntime().maxMemory() / (1024 * 1024)));
        machine.put("java", System.getProperty("java.version"));
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        return machine;
    }
}

package org.prawat.bench.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.prawat.bench.BenchApplication;
import org.prawat.bench.data.DataSize;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The benchmark runs end to end on the test servers and fills every row with a figure and its raw
 * limit. A smoke check for CI: it never asserts speed (a shared 2-CPU machine says nothing about it).
 */
@SpringBootTest(classes = BenchApplication.class)
class BenchSmokeIT {

    @Autowired
    BenchRun run;

    @Test
    void every_measurement_has_a_figure_and_its_raw_limit() throws Exception {
        var settings =
                new BenchSettings(DataSize.SMALL, List.of(1, 2), 50, 3, 5, 20, 20, Path.of("target/bench-smoke"));

        var report = run.run(new HandWrittenCaseFiles(40, 8, 120), settings);
        report.write(settings.outputDir());

        assertThat(report.rows())
                .extracting(Measurement::name)
                .contains(
                        "Append, 1 client",
                        "Append, 2 clients",
                        "Bulk attendance of 40",
                        "Projection lag, visible in the case file p99",
                        "Projection lag, searchable p99",
                        "Replay (rebuild every index)");
        assertThat(report.rows()).anyMatch(row -> row.name().startsWith("As-at reconstruction"));
        assertThat(report.rows())
                .allSatisfy(row -> assertThat(row.complete()).as(row.name()).isTrue());
    }
}

package org.prawat.bench.run;

import org.prawat.bench.data.BenchData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The benchmark as a command ({@code mvn -Pbench -pl infra/bench -am verify -DskipTests
 * -Dbench.size=small}): runs once when {@code bench.size} is given, writes
 * {@code report-<size>.json} and {@code .md} and prints the table; the application then closes.
 */
@Component
@ConditionalOnProperty("bench.size")
class BenchCommand implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BenchCommand.class);

    private final BenchRun run;
    private final ObjectProvider<BenchData> data;
    private final Environment env;

    BenchCommand(BenchRun run, ObjectProvider<BenchData> data, Environment env) {
        this.run = run;
        this.data = data;
        this.env = env;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        var settings = BenchSettings.from(env);
        var dataSet = data.getIfAvailable();
        if (dataSet == null) {
            throw new IllegalStateException(
                    "No BenchData bean: the generator (org.prawat.bench.data) provides the data set");
        }
        if (dataSet.size() != settings.size()) {
            throw new IllegalStateException(
                    "bench.size is " + settings.size() + " but the data set is " + dataSet.size());
        }
        log.info(
                "Benchmark {} ({} events) starting",
                settings.size(),
                settings.size().events());
        var report = run.run(dataSet, settings);
        String markdown = report.write(settings.outputDir());
        System.out.println();
        System.out.println(markdown);
        log.info("Benchmark report written to {}", settings.outputDir().toAbsolutePath());
    }
}

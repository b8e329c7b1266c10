package org.prawat.bench.run;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.prawat.bench.data.DataSize;
import org.springframework.core.env.Environment;

/**
 * How a run is shaped: the data size, the client counts of the load phases, the projection-lag
 * rate and duration (one probe every {@code probeEvery} records), the query samples per kind, and
 * where the report goes. Defaults follow issue 7; the smoke check cuts them down.
 */
public record BenchSettings(
        DataSize size,
        List<Integer> clients,
        int lagRate,
        int lagSeconds,
        int probeEvery,
        int querySamples,
        int rawLagSamples,
        Path outputDir) {

    public BenchSettings {
        clients = List.copyOf(clients);
    }

    public static BenchSettings from(Environment env) {
        return new BenchSettings(
                DataSize.valueOf(env.getRequiredProperty("bench.size").trim().toUpperCase(Locale.ROOT)),
                Arrays.stream(env.getProperty("bench.clients", "1,4,8").split(","))
                        .map(String::trim)
                        .map(Integer::valueOf)
                        .toList(),
                env.getProperty("bench.lag-rate", Integer.class, 200),
                env.getProperty("bench.lag-seconds", Integer.class, 30),
                env.getProperty("bench.probe-every", Integer.class, 10),
                env.getProperty("bench.query-samples", Integer.class, 300),
                env.getProperty("bench.raw-lag-samples", Integer.class, 200),
                Path.of(env.getProperty("bench.output-dir", "target/bench")));
    }
}

package org.prawat.infra.local;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * An Elasticsearch started from this home (its pid in {@code elasticsearch.pid}) whose launching
 * JVM is gone: it is on its way down (its watchdog is stopping it) or an orphan, so it must not be
 * reused but waited for, or terminated if it does not end.
 */
final class ElasticsearchOrphan {

    // Under the facade's name: one logger setting covers the whole local Elasticsearch.
    private static final System.Logger LOG = System.getLogger(LocalElasticsearch.class.getName());

    private ElasticsearchOrphan() {}

    /**
     * True if the Elasticsearch on our port was started from this home by a JVM that is gone: it
     * has then been waited for (its watchdog is stopping it) or terminated. False if it belongs to
     * another home or to a live JVM, i.e. it is to be reused.
     */
    static boolean retire(ElasticsearchLayout layout) {
        Optional<ProcessHandle> orphan = find(layout);
        if (orphan.isEmpty()) {
            return false;
        }
        retire(orphan.get(), layout);
        return true;
    }

    private static Optional<ProcessHandle> find(ElasticsearchLayout layout) {
        Optional<ProcessHandle> server = LocalProcesses.readPid(layout.pidFile())
                .filter(pid -> LocalProcesses.commandLine(pid)
                        .map(line -> line.contains(layout.distribution().toString()))
                        .orElse(false))
                .flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive);
        if (server.isEmpty()) {
            return server;
        }
        Optional<Long> launcher = LocalProcesses.readPid(layout.launcherFile());
        return launcher.isPresent() && LocalProcesses.isAlive(launcher.get()) ? Optional.empty() : server;
    }

    private static void retire(ProcessHandle orphan, ElasticsearchLayout layout) {
        Optional<ProcessHandle> cli = orphan.parent()
                .filter(parent -> LocalProcesses.commandLineContains(parent, ElasticsearchProcess.CLI_MARKER));
        boolean watchdogAlive = cli.flatMap(ProcessHandle::parent)
                .map(parent -> LocalProcesses.commandLineContains(parent, ElasticsearchWatchdog.NAME))
                .orElse(false);
        LOG.log(
                Level.INFO,
                "Elasticsearch pid {0} from {1} outlived the JVM that started it; {2}",
                Long.toString(orphan.pid()),
                layout.home(),
                watchdogAlive ? "waiting for its watchdog to stop it" : "stopping it");
        if (!watchdogAlive || !LocalProcesses.awaitExit(List.of(orphan), Duration.ofSeconds(10))) {
            // Through its CLI launcher, which shuts the server down cleanly. Never signal any other
            // parent: an orphan's parent is init.
            cli.ifPresent(ProcessHandle::destroy);
            orphan.destroy();
            if (!LocalProcesses.awaitExit(List.of(orphan), ElasticsearchProcess.STOP_TIMEOUT)) {
                orphan.destroyForcibly();
                LocalProcesses.awaitExit(List.of(orphan), Duration.ofSeconds(10));
            }
        }
    }
}

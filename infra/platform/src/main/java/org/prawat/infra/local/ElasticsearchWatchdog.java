package org.prawat.infra.local;

import java.util.ArrayList;
import java.util.List;

/**
 * The small {@code sh} script that is Elasticsearch's parent. It stops Elasticsearch (SIGTERM,
 * SIGKILL after 60 s) once the launching JVM is gone, even after SIGKILL, so no orphan keeps the
 * port and the data directory. /proc is checked rather than {@code kill -0} because the watchdog
 * may run as another account than the JVM. A SIGTERM to the watchdog is passed on.
 */
final class ElasticsearchWatchdog {

    /** $0 of the watchdog, so it can be recognised in the process table. */
    static final String NAME = "prawat-elasticsearch-watchdog";

    /** $1 is the JVM's pid, the rest the Elasticsearch command. */
    private static final String SCRIPT = String.join(
            "\n",
            "jvm=$1; shift",
            "alive() { if [ -d /proc/self ]; then [ -d \"/proc/$1\" ]; else kill -0 \"$1\" 2>/dev/null; fi; }",
            "\"$@\" </dev/null &",
            "es=$!",
            "trap 'kill -TERM $es 2>/dev/null' TERM INT HUP",
            "while kill -0 $es 2>/dev/null && alive $jvm; do sleep 0.5; done",
            "if kill -0 $es 2>/dev/null; then",
            "  kill -TERM $es 2>/dev/null; n=0",
            "  while kill -0 $es 2>/dev/null && [ $n -lt 120 ]; do sleep 0.5; n=$((n+1)); done",
            "  kill -KILL $es 2>/dev/null",
            "fi",
            "wait $es");

    private ElasticsearchWatchdog() {}

    /** Runs Elasticsearch under the watchdog of this JVM, as {@code account} (null: this JVM's user). */
    static List<String> command(String account, ElasticsearchLayout layout) {
        List<String> command = new ArrayList<>(LocalProcesses.asAccount(account));
        command.addAll(List.of(
                "/bin/sh",
                "-c",
                SCRIPT,
                NAME,
                Long.toString(ProcessHandle.current().pid()),
                layout.distribution().resolve("bin").resolve("elasticsearch").toString(),
                "-q",
                "-p",
                layout.pidFile().toString()));
        return command;
    }
}

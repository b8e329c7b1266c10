package org.prawat.infra.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Small process, account and port helpers for the local launchers (Linux first, POSIX elsewhere). */
final class LocalProcesses {

    private LocalProcesses() {}

    /** The result of a short command. */
    record Result(int exitCode, String output) {
        boolean ok() {
            return exitCode == 0;
        }
    }

    /** Runs a short command to completion, stdout and stderr merged; exit code -1 on time-out. */
    static Result run(List<String> command, Map<String, String> environment, Path directory, long timeoutSeconds) {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        builder.environment().putAll(environment);
        if (directory != null) {
            builder.directory(directory.toFile());
        }
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            return new Result(127, command.get(0) + ": " + e.getMessage());
        }
        CompletableFuture<String> output = CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()));
        try {
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                return new Result(-1, output.getNow("") + "\n(timed out after " + timeoutSeconds + " s)");
            }
            return new Result(process.exitValue(), output.get(10, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            return new Result(-1, "interrupted");
        } catch (ExecutionException | TimeoutException e) {
            return new Result(process.exitValue(), "");
        }
    }

    private static String readAll(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether this JVM runs as uid 0. */
    static boolean isRoot() {
        try {
            return ((Number) Files.getAttribute(Path.of("/proc/self"), "unix:uid")).intValue() == 0;
        } catch (IOException | RuntimeException e) {
            return "root".equals(System.getProperty("user.name"));
        }
    }

    /**
     * An unprivileged account to run a server as when this JVM is root: {@code preferred}, created
     * as a system account if missing; {@code nobody} if it cannot be created.
     */
    static String serviceAccount(String preferred) {
        if (accountExists(preferred)) {
            return preferred;
        }
        Result created = run(
                List.of(
                        "useradd",
                        "--system",
                        "--user-group",
                        "--no-create-home",
                        "--home-dir",
                        "/nonexistent",
                        "--shell",
                        "/usr/sbin/nologin",
                        "--comment",
                        "Prawat local services",
                        preferred),
                Map.of(),
                null,
                30);
        // A concurrent JVM may have created it in the meantime: check again rather than trusting the exit code.
        if (created.ok() || accountExists(preferred)) {
            return preferred;
        }
        System.getLogger(LocalProcesses.class.getName())
                .log(
                        System.Logger.Level.WARNING,
                        "Could not create the system account ''{0}'' ({1}); running as ''nobody'' instead",
                        preferred,
                        created.output().strip());
        return "nobody";
    }

    private static boolean accountExists(String account) {
        return run(List.of("id", "-u", account), Map.of(), null, 10).ok();
    }

    /** The prefix that runs a command as {@code account}; none for null (this JVM's user). */
    static List<String> asAccount(String account) {
        return account == null ? List.of() : List.of("runuser", "-u", account, "--");
    }

    /** Whether {@code pid} names a live process; reads {@code /proc} so it works across accounts. */
    static boolean isAlive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    /** The command line of a live process, if readable. */
    static Optional<String> commandLine(long pid) {
        Path cmdline = Path.of("/proc", Long.toString(pid), "cmdline");
        try {
            if (Files.isReadable(cmdline)) {
                return Optional.of(new String(Files.readAllBytes(cmdline), StandardCharsets.UTF_8).replace('\0', ' '));
            }
        } catch (IOException e) {
            // the process ended meanwhile
        }
        return ProcessHandle.of(pid).flatMap(handle -> handle.info().commandLine());
    }

    static boolean commandLineContains(ProcessHandle handle, String text) {
        return commandLine(handle.pid()).map(line -> line.contains(text)).orElse(false);
    }

    /** Waits until every one of {@code handles} has ended; false if some are still alive. */
    static boolean awaitExit(List<ProcessHandle> handles, Duration timeout) {
        CompletableFuture<?>[] exits =
                handles.stream().map(ProcessHandle::onExit).toArray(CompletableFuture[]::new);
        try {
            CompletableFuture.allOf(exits).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException | ExecutionException e) {
            return handles.stream().noneMatch(ProcessHandle::isAlive);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** A pid stored as the first line of a file, if the file exists and holds one. */
    static Optional<Long> readPid(Path file) {
        try {
            if (Files.isRegularFile(file)) {
                String text = Files.readString(file).strip();
                if (!text.isEmpty()) {
                    return Optional.of(
                            Long.parseLong(text.lines().findFirst().orElse("").strip()));
                }
            }
        } catch (IOException | NumberFormatException e) {
            // unreadable or half-written: treat as absent
        }
        return Optional.empty();
    }

    /** Whether a server could bind {@code 127.0.0.1:port} now (as Elasticsearch does, with SO_REUSEADDR). */
    static boolean isPortFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The last {@code lines} lines of a text file, or a note why there are none. */
    static String tail(Path file, long fromByte, int lines) {
        if (!Files.isRegularFile(file)) {
            return "(" + file + " does not exist)";
        }
        try (var channel = Files.newByteChannel(file)) {
            // A file smaller than the offset has been rotated meanwhile: read it from the start.
            long start = fromByte > channel.size() ? 0 : Math.max(fromByte, 0);
            // At most the last 256 KB: enough for 30 lines of log with stack traces.
            start = Math.max(start, channel.size() - 256 * 1024);
            channel.position(start);
            String text = new String(Channels.newInputStream(channel).readAllBytes(), StandardCharsets.UTF_8);
            Deque<String> last = new ArrayDeque<>();
            text.lines().forEach(line -> {
                last.addLast(line);
                if (last.size() > lines) {
                    last.removeFirst();
                }
            });
            return last.isEmpty() ? "(nothing new in " + file + ")" : String.join("\n", last);
        } catch (IOException e) {
            return "(cannot read " + file + ": " + e.getMessage() + ")";
        }
    }
}

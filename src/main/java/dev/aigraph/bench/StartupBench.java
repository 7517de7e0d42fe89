package dev.aigraph.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Start-up as a user meets it: a child {@code java -jar aigraph.jar} on free ports, timed from launch until
 * {@code /actuator/health} answers UP; on a fresh empty store (which includes loading the sample data, as a first
 * start does) and on the store the benchmark filled.
 */
final class StartupBench {

    private static final Duration PATIENCE = Duration.ofMinutes(5);

    /**
     * Median seconds to ready on each store, or null with the reason when there is no jar to start.
     *
     * @param seconds           on an empty store
     * @param secondsBenchStore on the benchmark's store
     */
    record Result(Double seconds, Double secondsBenchStore, String skipped, List<Double> emptyRuns,
                  List<Double> benchStoreRuns, Load load) {
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Path jar;
    private final Stores stores;
    private final PrintWriter log;

    StartupBench(Path jar, Stores stores, PrintWriter log) {
        this.jar = jar;
        this.stores = stores;
        this.log = log;
    }

    static Result skipped(String reason) {
        return new Result(null, null, reason, List.of(), List.of(), null);
    }

    /** Starts the jar {@code runs} times on each store; the bench store must not be open in this process. */
    Result run(Path benchStore, int runs) {
        if (!Files.isRegularFile(jar)) {
            return skipped("no jar at " + jar.toAbsolutePath() + " (mvn -DskipTests package builds it)");
        }
        var load = Load.from();
        var empty = new ArrayList<Double>();
        var filled = new ArrayList<Double>();
        for (int run = 0; run < runs; run++) {
            Path store = stores.newFolder("startup-empty");
            empty.add(secondsToReady(store));
            Stores.delete(store);
            filled.add(secondsToReady(benchStore));
            log.printf("start-up run %d: %.1f s on an empty store, %.1f s on the benchmark's store%n", run + 1,
                    empty.get(run), filled.get(run));
            log.flush();
        }
        return new Result(Medians.of(empty), Medians.of(filled), null, empty, filled, load.until());
    }

    private double secondsToReady(Path store) {
        int api = freePort();
        Path output = store.resolveSibling(store.getFileName() + ".log");
        var command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                jar.toAbsolutePath().toString(), "--aigraph.embedded.data-dir=" + store.toAbsolutePath(),
                "--server.port=" + api, "--aigraph.embedded.bolt-port=" + freePort(),
                "--aigraph.embedded.http-port=" + freePort());
        long started = System.nanoTime();
        Process app;
        try {
            app = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + command, e);
        }
        try {
            awaitUp(URI.create("http://127.0.0.1:" + api + "/actuator/health"), app, output);
            return (System.nanoTime() - started) / 1e9;
        } finally {
            stop(app);
        }
    }

    private void awaitUp(URI health, Process app, Path output) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            if (!app.isAlive()) {
                throw new IllegalStateException("aigraph exited with " + app.exitValue() + " before it was ready; "
                        + "its output is in " + output);
            }
            try {
                var response = http.send(HttpRequest.newBuilder(health).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("\"status\":\"UP\"")) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // still starting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
            pause();
        }
        throw new IllegalStateException("aigraph was not ready within " + PATIENCE + "; its output is in " + output);
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static void stop(Process app) {
        app.destroy();
        try {
            if (!app.waitFor(60, TimeUnit.SECONDS)) {
                app.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            app.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port", e);
        }
    }
}

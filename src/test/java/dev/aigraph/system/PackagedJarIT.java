package dev.aigraph.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import dev.aigraph.support.PackagedJar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the packaged {@code target/aigraph.jar} in a child JVM exactly as the README says: {@code --help} lists the
 * commands, and with no command it serves the API, Bolt and Neo4j Browser (from the nested jar, which is the part that
 * only a real {@code java -jar} proves), taking writes with the API key it generated.
 */
class PackagedJarIT {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @TempDir
    Path workDir;

    @Test
    void helpListsTheCommands() throws Exception {
        var help = run(List.of("--help"), Duration.ofSeconds(60));
        assertThat(help.exitValue()).isZero();
        String out = new String(help.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(out).contains("Usage: aigraph").contains("serve");
    }

    @Test
    void withoutACommandTheJarServesApiHealthAndNeo4jBrowser() throws Exception {
        int api = PackagedJar.freePort();
        int bolt = PackagedJar.freePort();
        int browser = PackagedJar.freePort();
        Path log = workDir.resolve("aigraph.log");
        Process app = new ProcessBuilder(PackagedJar.command(List.of(
                "--server.port=" + api,
                "--aigraph.embedded.bolt-port=" + bolt,
                "--aigraph.embedded.http-port=" + browser,
                "--aigraph.embedded.data-dir=" + workDir.resolve("data"))))
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        try {
            Instant started = Instant.now();
            var health = awaitOk(URI.create("http://127.0.0.1:" + api + "/actuator/health"), app, log);
            System.out.printf("packaged jar answered health after %.1f s%n",
                    Duration.between(started, Instant.now()).toMillis() / 1000.0);
            assertThat(health).contains("\"status\":\"UP\"");

            var page = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + browser + "/browser/")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("<title>Neo4j Browser</title>");

            // A newcomer's first write: refused without the key, done with the one the log points to.
            Path keyFile = workDir.resolve("data").resolve("api-key");
            String key = Files.readString(keyFile).strip();
            assertThat(Files.readString(log)).contains("Write requests need the API key in " + keyFile)
                    .doesNotContain(key);
            URI statements = URI.create("http://127.0.0.1:" + api + "/api/statements");
            var write = HttpRequest.newBuilder(statements).header("Content-Type", "text/plain")
                    .POST(HttpRequest.BodyPublishers.ofString("Acme AI runs on Azure"));
            assertThat(http.send(write.build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
            assertThat(http.send(write.header("Authorization", "Bearer " + key).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        } finally {
            app.destroy();
            assertThat(app.waitFor(60, TimeUnit.SECONDS)).as("stops on SIGTERM").isTrue();
        }
    }

    private Process run(List<String> args, Duration timeout) throws Exception {
        Process process = new ProcessBuilder(PackagedJar.command(args)).directory(workDir.toFile())
                .redirectErrorStream(true).start();
        assertThat(process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)).isTrue();
        return process;
    }

    private String awaitOk(URI uri, Process app, Path log) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            if (!app.isAlive()) {
                throw new AssertionError("aigraph exited with " + app.exitValue() + ":\n" + Files.readString(log));
            }
            try {
                var response = http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return response.body();
                }
            } catch (IOException notYetListening) {
                // still starting
            }
            Thread.sleep(250);
        }
        throw new AssertionError("no answer from " + uri + " within 3 minutes:\n" + Files.readString(log));
    }
}

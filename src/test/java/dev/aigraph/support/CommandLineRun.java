package dev.aigraph.support;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.aigraph.cli.AigraphCommand;

/**
 * A run of aigraph's command line against the shared {@link TestNeo4j}, as a user would type it, with what it printed
 * on standard output and standard error.
 */
public record CommandLineRun(int exit, String out, String err) {

    /** Runs {@code command} with {@code arguments}, adding the options that point it at the test server. */
    public static CommandLineRun of(String command, String... arguments) {
        var neo4j = TestNeo4j.connection();
        var all = new ArrayList<>(List.of(command, "--uri", neo4j.boltUri().toString(),
                "--spring.neo4j.authentication.username=" + neo4j.username(),
                "--spring.neo4j.authentication.password=" + neo4j.password()));
        all.addAll(List.of(arguments));
        return run(all);
    }

    /** Runs {@code command} with {@code arguments} on the embedded store in {@code store}, opened in-process. */
    public static CommandLineRun onStore(Path store, String command, String... arguments) {
        var all = new ArrayList<>(List.of(command, "--aigraph.embedded.data-dir=" + store));
        all.addAll(List.of(arguments));
        return run(all);
    }

    /** Runs the command line exactly as given. */
    public static CommandLineRun run(List<String> all) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        PrintStream originalOut = System.out;
        PrintStream originalErr = System.err;
        int exit;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            exit = AigraphCommand.execute(all.toArray(String[]::new));
        } finally {
            System.setOut(originalOut);
            System.setErr(originalErr);
        }
        return new CommandLineRun(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}

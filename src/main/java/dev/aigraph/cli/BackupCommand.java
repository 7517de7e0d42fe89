package dev.aigraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import dev.aigraph.backup.GraphBackup;
import dev.aigraph.backup.GraphCounts;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * {@code aigraph backup FILE}: the whole graph into a JSON Lines file the {@code restore} command brings back. The
 * file appears only once complete: it is written beside its name and moved there at the end, so a failed backup
 * leaves an earlier one of that name as it was.
 */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = {"Writes the whole graph (entities, claims, sources, aliases, proposals, every relationship "
                + "and property) to FILE as JSON Lines, for 'restore'.",
                "Reads --uri, else the running aigraph on bolt://localhost:7687, else the embedded store in "
                        + "./data/neo4j."})
class BackupCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "The backup file to write (replaced if it exists)")
    Path file;

    @Mixin
    DatabaseOptions database;

    @Unmatched
    List<String> springArguments = new ArrayList<>();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Path folder = file.toAbsolutePath().getParent();
        if (!Files.isDirectory(folder) || !Files.isWritable(folder)) {
            err.println("backup: cannot write into " + folder);
            return IngestCommand.INVALID_INPUT;
        }
        ConfigurableApplicationContext context = database.open(springArguments, err);
        if (context == null) {
            return 1;
        }
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        long started = System.nanoTime();
        try (context) {
            GraphCounts counts;
            try (var out = Files.newOutputStream(partial); var bars = new StageBars(file.getFileName().toString())) {
                counts = context.getBean(GraphBackup.class).write(out, bars);
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
            spec.commandLine().getOut().printf("backup: %d nodes and %d relationships written to %s (%,d bytes) in "
                            + "%.1f s%n", counts.nodeCount(), counts.relationshipCount(), file, Files.size(file),
                    (System.nanoTime() - started) / 1e9);
            return 0;
        } catch (IllegalStateException | IOException failed) {
            Files.deleteIfExists(partial);
            err.println("backup: " + failed.getMessage() + "; no backup written");
            return IngestCommand.INVALID_INPUT;
        }
    }
}

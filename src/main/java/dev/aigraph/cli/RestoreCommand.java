package dev.aigraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import dev.aigraph.backup.BackupFileException;
import dev.aigraph.backup.DatabaseNotEmptyException;
import dev.aigraph.backup.GraphCounts;
import dev.aigraph.backup.GraphRestore;
import dev.aigraph.backup.RestoreFailedException;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * {@code aigraph restore FILE}: a backup back into an empty database. Exits 2 for a bad file or a database that holds
 * a graph (nothing written), 1 when the database cannot be opened or fails while writing.
 */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"Restores a file written by 'backup' (or GET /api/backup) into an empty database.",
                "Checks the whole file first; a bad file writes nothing.",
                "Writes to --uri, else to the running aigraph on bolt://localhost:7687, else to the embedded store "
                        + "(--aigraph.embedded.data-dir=DIR for a new one)."})
class RestoreCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "A backup file")
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
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            err.println("restore: cannot read " + file);
            return IngestCommand.INVALID_INPUT;
        }
        ConfigurableApplicationContext context = database.open(springArguments, err);
        if (context == null) {
            return 1;
        }
        long started = System.nanoTime();
        try (context) {
            GraphCounts counts;
            try (var bars = new StageBars(file.getFileName().toString())) {
                counts = context.getBean(GraphRestore.class).restore(file, bars);
            }
            spec.commandLine().getOut().printf("restore: %d nodes and %d relationships restored from %s in %.1f s%n",
                    counts.nodeCount(), counts.relationshipCount(), file, (System.nanoTime() - started) / 1e9);
            return 0;
        } catch (BackupFileException badFile) {
            err.println("restore: " + file + ": " + badFile.getMessage() + "; nothing was written");
            return IngestCommand.INVALID_INPUT;
        } catch (DatabaseNotEmptyException notEmpty) {
            err.println("restore: " + notEmpty.getMessage() + "; nothing was written");
            return IngestCommand.INVALID_INPUT;
        } catch (RestoreFailedException failed) {
            err.println("restore: " + failed.getMessage());
            return 1;
        }
    }
}

package dev.aigraph.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

/**
 * The command line of {@code aigraph.jar}. Without a command it serves; arguments it does not know itself (such as
 * {@code --server.port=9090}) are handed to Spring Boot, as {@code java -jar} users expect.
 */
@Command(name = "aigraph", mixinStandardHelpOptions = true, versionProvider = AigraphCommand.Version.class,
        description = "A knowledge graph of the AI industry's relationships, in Neo4j.%n"
                + "Without a command, starts the server (see 'serve').",
        subcommands = {ServeCommand.class, IngestCommand.class, ExtractCommand.class, EvaluateCommand.class,
                ReportCommand.class, ExportCommand.class, BackupCommand.class, RestoreCommand.class,
                BenchCommand.class})
public class AigraphCommand implements Callable<Integer> {

    @Unmatched
    List<String> springArguments = new ArrayList<>();

    /** Runs the command the arguments name and returns its exit code; serving returns only when the server stops. */
    public static int execute(String... args) {
        return new CommandLine(new AigraphCommand()).execute(args);
    }

    @Override
    public Integer call() {
        return ServeCommand.serve(springArguments);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = AigraphCommand.class.getPackage().getImplementationVersion();
            return new String[] {"aigraph " + (version == null ? "(development build)" : version)};
        }
    }
}

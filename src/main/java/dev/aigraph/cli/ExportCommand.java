package dev.aigraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import dev.aigraph.report.GraphExport;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/** {@code aigraph export}: the graph, or the part around one entity, as GraphML, JSON or CSV. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes the graph (or the part around --focus) as GraphML for Gephi/yEd, JSON or CSV.",
                "Reads --uri, else the running aigraph on bolt://localhost:7687, else the embedded store."})
class ExportCommand implements Callable<Integer> {

    @Option(names = "--format", defaultValue = "graphml", description = "graphml, json or csv (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--focus", paramLabel = "ENTITY", description = "Only the entities around this id or name")
    String focus;

    @Option(names = "--depth", defaultValue = "2", description = "Hops around --focus (1-4, default: ${DEFAULT-VALUE})")
    int depth;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to this file instead of the console")
    Path output;

    @Mixin
    DatabaseOptions database;

    @Unmatched
    List<String> springArguments = new ArrayList<>();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        GraphExport.Format chosen;
        try {
            chosen = GraphExport.Format.parse(format);
        } catch (IllegalArgumentException e) {
            err.println("export: " + e.getMessage());
            return 2;
        }
        if (depth < 1 || depth > 4) {
            err.println("export: --depth must be between 1 and 4, not " + depth);
            return 2;
        }
        ConfigurableApplicationContext context = database.open(springArguments, err);
        if (context == null) {
            return 1;
        }
        try (context) {
            var export = context.getBean(GraphExport.class);
            var graph = export.read(focus, depth);
            String text = export.write(graph, chosen);
            if (output == null) {
                spec.commandLine().getOut().print(text);
                spec.commandLine().getOut().flush();
            } else {
                Files.writeString(output, text, StandardCharsets.UTF_8);
                err.printf("export: %d entities, %d edges written to %s%n", graph.nodes().size(),
                        graph.edges().size(), output);
            }
            return 0;
        } catch (IllegalArgumentException e) {
            err.println("export: " + e.getMessage());
            return 2;
        }
    }
}

package dev.aigraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;

import dev.aigraph.AigraphApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Option;

/**
 * The database options the commands that work on the graph share ({@code ingest}, {@code report}, {@code export},
 * {@code backup}, {@code restore}), and the application they open without its web server. The database is, in
 * order: the server {@code --uri} names; the embedded store {@code --aigraph.embedded.data-dir} names, opened
 * in-process; the running aigraph's embedded Neo4j when one answers on {@code bolt://localhost:7687}; otherwise the
 * default embedded store, opened in-process.
 */
final class DatabaseOptions {

    static final String LOCAL_BOLT = "bolt://localhost:7687";

    private static final String DATA_DIR = "--aigraph.embedded.data-dir";

    @Option(names = "--uri", paramLabel = "URI", description = "A Neo4j server to use (bolt://, neo4j://, neo4j+s://)")
    String uri;

    /**
     * Starts the context, or returns null after telling the user why it could not.
     *
     * @param springArguments the arguments the command did not know (picocli gives those only to the command)
     */
    ConfigurableApplicationContext open(List<String> springArguments, PrintWriter err) {
        // A store named on the command line is the one meant, whatever else runs on this machine.
        boolean storeNamed = springArguments.stream().anyMatch(a -> a.startsWith(DATA_DIR + "="));
        String server = uri != null ? uri : !storeNamed && localServerRunning() ? LOCAL_BOLT : null;
        if (uri == null && server != null) {
            err.println("Using the running aigraph at " + LOCAL_BOLT + " (--uri to choose another database)");
        }
        var arguments = new ArrayList<String>();
        arguments.add("--spring.main.banner-mode=off");
        arguments.add("--logging.level.root=WARN");
        arguments.add("--aigraph.sample-data.enabled=false");
        if (server != null) {
            arguments.add("--aigraph.embedded.enabled=false");
            arguments.add("--spring.neo4j.uri=" + server);
        } else {
            // The command needs the database, not Browser, and must not take the ports a server would use.
            arguments.add("--aigraph.embedded.http-enabled=false");
            arguments.add("--aigraph.embedded.bolt-port=0");
        }
        arguments.addAll(springArguments);
        var application = new SpringApplication(AigraphApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setLogStartupInfo(false);
        try {
            return application.run(arguments.toArray(String[]::new));
        } catch (RuntimeException startFailure) {
            err.println("Could not open the database (see above). Pass --uri bolt://host:7687 to use a Neo4j server.");
            return null;
        }
    }

    private static boolean localServerRunning() {
        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", 7687), 300);
            return true;
        } catch (IOException notListening) {
            return false;
        }
    }
}

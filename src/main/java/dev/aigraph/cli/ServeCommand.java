package dev.aigraph.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import dev.aigraph.AigraphApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Starts the server: the REST API and, on the embedded default, Neo4j with Bolt and Browser.",
                "Spring Boot options pass through, e.g. --server.port=9090 or --aigraph.embedded.data-dir=/srv/aigraph."})
class ServeCommand implements Callable<Integer> {

    @Unmatched
    List<String> springArguments = new ArrayList<>();

    @Override
    public Integer call() {
        return serve(springArguments);
    }

    /** Blocks until the application context closes (Ctrl-C, SIGTERM), so the exit code reflects the whole run. */
    static int serve(List<String> springArguments) {
        var closed = new CountDownLatch(1);
        var application = new SpringApplication(AigraphApplication.class);
        application.addListeners((ApplicationListener<ContextClosedEvent>) event -> closed.countDown());
        try {
            application.run(springArguments.toArray(String[]::new));
        } catch (RuntimeException startFailure) {
            // Spring Boot has already reported why; the process only needs a failing exit code.
            return 1;
        }
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }
}

package dev.aigraph;

import dev.aigraph.cli.AigraphCommand;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * aigraph: a knowledge graph of the AI industry's relationships. {@code java -jar aigraph.jar} with no command starts
 * the server; {@code --help} lists the other commands.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class AigraphApplication {

    public static void main(String[] args) {
        System.exit(AigraphCommand.execute(args));
    }
}

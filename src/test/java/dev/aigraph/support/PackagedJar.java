package dev.aigraph.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The built {@code target/aigraph.jar} (Maven passes its path to the {@code *IT} tests), run in a child JVM as a user
 * would run it.
 */
public final class PackagedJar {

    private static final Path JAR = Path.of(System.getProperty("aigraph.test.jar", "target/aigraph.jar"));

    private PackagedJar() {
    }

    /** The command line that runs the jar with these arguments on this JVM's Java, with a modest heap. */
    public static List<String> command(List<String> args) {
        var command = new ArrayList<String>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx512m");
        command.add("-jar");
        command.add(JAR.toAbsolutePath().toString());
        command.addAll(args);
        return command;
    }

    /** A TCP port nobody listens on now. */
    public static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

package io.stageboard.sandbox;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/** The {@code Main sandbox ...} subcommand: runs the sandbox server in the foreground. */
public final class SandboxCommand {

    private SandboxCommand() {}

    /**
     * Parses the options, starts the server, prints the listening line on {@code out} and blocks until the JVM
     * is stopped (a shutdown hook closes the server). Returns 2 for bad options, 1 if the server cannot start.
     */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        SandboxOptions options;
        try {
            options = SandboxOptions.parse(args);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println("Usage: sandbox [--port N] [--size N] [--seed N] [--latency-ms N] [--failure-rate F] "
                    + "[--rate-limit RPS] [--burst N] [--api-key K] [--grant KEY=PERMISSION,… …] "
                    + "[--archived-share F]");
            return 2;
        }
        SandboxServer server;
        try {
            server = SandboxServer.start(options);
        } catch (IOException e) {
            err.println("The sandbox could not listen on port " + options.port() + ": " + e.getMessage());
            return 1;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            server.close();
                            stopped.countDown();
                        },
                        "sandbox-shutdown"));
        out.println("Lever sandbox listening on " + server.baseUrl() + " (API key: " + server.apiKey() + ")");
        options.grants()
                .forEach((key, permissions) -> out.println("Key " + key + " may use: "
                        + (permissions.isEmpty() ? "nothing" : String.join(", ", permissions))));
        out.flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            server.close();
        }
        return 0;
    }
}

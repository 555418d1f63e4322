package io.stageboard.sandbox;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** A Lever-compatible {@code /v1} API server on 127.0.0.1, backed by seeded in-memory data. */
public final class SandboxServer implements AutoCloseable {

    private final SandboxOptions options;
    private final HttpServer http;
    private final ExecutorService executor;
    private final SandboxData data;
    private final FaultInjector faults = new FaultInjector();
    private final SandboxStats stats = new SandboxStats();

    private SandboxServer(SandboxOptions options, HttpServer http, ExecutorService executor, SandboxData data) {
        this.options = options;
        this.http = http;
        this.executor = executor;
        this.data = data;
    }

    /** Seeds the data and starts listening; returns once requests can be served. */
    public static SandboxServer start(SandboxOptions options) throws IOException {
        SandboxData data = SandboxData.seeded(options.size(), options.seed());
        HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), options.port()), 0);
        ExecutorService executor = Executors.newFixedThreadPool(16);
        http.setExecutor(executor);
        SandboxServer server = new SandboxServer(options, http, executor, data);
        http.start();
        return server;
    }

    /** The API root, e.g. {@code http://127.0.0.1:PORT/v1}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port() + "/v1";
    }

    /** The port the server listens on. */
    public int port() {
        return http.getAddress().getPort();
    }

    /** The main API key, which has every permission. */
    public String apiKey() {
        return options.apiKey();
    }

    /** The live data, for tests to check the server side and to simulate other Lever users. */
    public SandboxData data() {
        return data;
    }

    /** Scripted faults for the next requests. */
    public FaultInjector faults() {
        return faults;
    }

    /** Request counters. */
    public SandboxStats stats() {
        return stats;
    }

    /** Adds another valid key limited to these permissions (e.g. "opportunities:read", "notes:write"). */
    public void grantKey(String key, Set<String> permissions) {
    }

    /** Stops listening and releases the worker threads. */
    @Override
    public void close() {
        http.stop(0);
        executor.shutdownNow();
    }
}

package io.stageboard.sandbox;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A Lever-compatible {@code /v1} API server on 127.0.0.1, backed by seeded in-memory data. */
public final class SandboxServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SandboxServer.class);
    private static final int THREADS = 16;
    private static final String NODELAY = "sun.net.httpserver.nodelay";

    private final SandboxOptions options;
    private final HttpServer http;
    private final ExecutorService executor;
    private final SandboxData data;
    private final FaultInjector faults = new FaultInjector();
    private final SandboxStats stats = new SandboxStats();
    private final KeyRing keys;
    private final BodyReader bodies = new BodyReader();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final int port;

    private SandboxServer(SandboxOptions options, HttpServer http, ExecutorService executor, SandboxData data) {
        this.options = options;
        this.http = http;
        this.executor = executor;
        this.data = data;
        this.keys = new KeyRing(options.apiKey());
        options.grants().forEach(keys::grant);
        this.port = http.getAddress().getPort();
    }

    /** Seeds the data and starts listening; returns once requests can be served. */
    public static SandboxServer start(SandboxOptions options) throws IOException {
        // Without TCP_NODELAY, Nagle's algorithm and delayed ACKs add ~40 ms to back-to-back requests on one
        // connection; the JDK server reads this flag once, when its first server is created.
        if (System.getProperty(NODELAY) == null) {
            System.setProperty(NODELAY, "true");
        }
        SandboxData data = SandboxData.seeded(options.size(), options.seed(), options.archivedShare());
        HttpServer http =
                HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), options.port()), 256);
        ExecutorService executor = Executors.newFixedThreadPool(THREADS, daemonThreads());
        http.setExecutor(executor);
        SandboxServer server = new SandboxServer(options, http, executor, data);
        LeverJson json = new LeverJson(data);
        Router router = new Router();
        new ReferenceHandlers(data, json).register(router);
        new OpportunityReadHandlers(data, json).register(router);
        Attachments attachments = new Attachments();
        new OpportunityCreateHandler(data, json, attachments).register(router);
        new OpportunityWriteHandlers(data, json).register(router);
        new NoteHandlers(data).register(router);
        new AttachmentHandlers(data, attachments, server.baseUrl()).register(router);
        new SandboxAdminHandlers(data).register(router);
        http.createContext(PublicPostingsHandler.PREFIX, new PublicPostingsHandler(data, server.stats));
        http.createContext(
                "/", new ApiHandler(options, router, server.keys, server.faults, server.stats, server.bodies));
        http.start();
        LOG.info(
                "Lever sandbox listening on {} with {} opportunities (seed {}, archived share {})",
                server.baseUrl(),
                options.size(),
                options.seed(),
                options.archivedShare() == null ? "as generated" : options.archivedShare());
        return server;
    }

    /** Daemon workers, so a forgotten server never keeps a JVM (or a test run) alive. */
    private static ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "sandbox-http-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** The API root, e.g. {@code http://127.0.0.1:PORT/v1}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port() + "/v1";
    }

    /** The public Postings API root, e.g. {@code http://127.0.0.1:PORT/v0/postings}; no key needed. */
    public String publicPostingsUrl() {
        return "http://127.0.0.1:" + port() + PublicPostingsHandler.PREFIX;
    }

    /** The account's job-site name, for {@code <publicPostingsUrl>/<site>}. */
    public String siteName() {
        return data.siteName();
    }

    /** The port the server listens on. */
    public int port() {
        return port;
    }

    /** The main API key, which has every endpoint permission (confidential access is granted apart). */
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

    /**
     * Adds another valid key limited to these permissions (e.g. "opportunities:read", "notes:write";
     * "confidential:access" lets it see confidential postings and opportunities).
     */
    public void grantKey(String key, Set<String> permissions) {
        keys.grant(key, permissions);
    }

    /** Stops listening and releases the worker threads; calling it again does nothing. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            http.stop(0);
            executor.shutdownNow();
            bodies.close();
            LOG.info("Lever sandbox on port {} stopped ({})", port, stats);
        }
    }
}

package io.stageboard.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every request passes here, in this order: authentication (401), scripted fault, rate limit (429), random
 * failure, latency, routing and permission (404/405/403), the handler. Errors become Lever-style JSON.
 */
final class ApiHandler implements HttpHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ApiHandler.class);
    private static final String JSON = "application/json; charset=utf-8";

    private final SandboxOptions options;
    private final Router router;
    private final KeyRing keys;
    private final FaultInjector faults;
    private final SandboxStats stats;
    private final BodyReader bodies;
    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();
    private final Random failures;

    ApiHandler(
            SandboxOptions options,
            Router router,
            KeyRing keys,
            FaultInjector faults,
            SandboxStats stats,
            BodyReader bodies) {
        this.options = options;
        this.bodies = bodies;
        this.router = router;
        this.keys = keys;
        this.faults = faults;
        this.stats = stats;
        // Seeded so that a benchmark with random failures fails the same share in the same way each run.
        this.failures = new Random(options.seed() * 31 + 7);
    }

    @Override
    public void handle(HttpExchange exchange) {
        stats.recordRequest();
        String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
        String rawPath = exchange.getRequestURI().getRawPath();
        try {
            byte[] body = bodies.read(exchange, () -> answerStalledBody(exchange, method));
            if (!rawPath.equals("/v1") && !rawPath.startsWith("/v1/")) {
                throw ApiError.notFound("Resource not found: " + rawPath + ". The API lives under /v1.");
            }
            String path = rawPath.substring(3);
            String key = KeyRing.keyOf(exchange.getRequestHeaders().getFirst("Authorization"));
            Set<String> permissions = keys.permissions(key);
            if (permissions == null) {
                throw ApiError.unauthorized(
                        key == null
                                ? "Missing API key. Send it as the HTTP Basic user name with an empty password."
                                : "Invalid API key.");
            }
            Fault fault = faults.take(method, path).orElse(null);
            if (fault != null && fault.kind() == Fault.Kind.DELAY) {
                sleep(fault.value());
                fault = null;
            }
            if (fault != null && answerFault(exchange, fault, method)) {
                return;
            }
            if (options.rateLimit() > 0 && !bucket(key).tryAcquire()) {
                throw ApiError.tooManyRequests();
            }
            if (options.failureRate() > 0 && randomFailure(exchange, method)) {
                return;
            }
            if (options.latencyMs() > 0) {
                sleep(options.latencyMs());
            }
            Response response = router.dispatch(
                    new Request(
                            method,
                            path,
                            exchange.getRequestURI().getRawQuery(),
                            body,
                            exchange.getRequestHeaders().getFirst("Content-Type")),
                    permissions);
            if (fault != null && fault.kind() == Fault.Kind.APPLY_THEN_DROP) {
                LOG.debug("Fault: {} {} applied, dropping the connection", method, path);
                drop(exchange);
                return;
            }
            if (fault != null && fault.kind() == Fault.Kind.MALFORMED_JSON) {
                String text =
                        response.body() == null ? "{\"data\":" : response.body().toString();
                send(exchange, 200, JSON, text.substring(0, Math.max(1, text.length() / 2)), method);
                return;
            }
            if (response.file() != null) {
                sendFile(exchange, response.file(), method);
                return;
            }
            sendJson(exchange, response.status(), response.body(), method);
        } catch (BodyReader.Stalled e) {
            BodyReader.abandon(exchange);
        } catch (ApiError e) {
            sendError(exchange, e, method);
        } catch (RuntimeException | IOException e) {
            LOG.error("Sandbox failed on {} {}", method, rawPath, e);
            sendError(exchange, ApiError.forStatus(500), method);
        } finally {
            exchange.close();
        }
    }

    /** Answers a scripted fault; false when the request should go on to be handled. */
    private boolean answerFault(HttpExchange exchange, Fault fault, String method) throws IOException {
        LOG.debug("Fault: {} on {} {}", fault, method, exchange.getRequestURI().getRawPath());
        switch (fault.kind()) {
            case STATUS -> sendError(exchange, ApiError.forStatus(fault.value()), method);
            case TOO_MANY_REQUESTS -> {
                if (fault.retryAfterSeconds() != null) {
                    exchange.getResponseHeaders().set("Retry-After", String.valueOf(fault.retryAfterSeconds()));
                }
                sendError(exchange, ApiError.tooManyRequests(), method);
            }
            case DROP_CONNECTION -> drop(exchange);
            case HTML_ERROR_PAGE -> {
                String title = fault.value() + " " + reasonPhrase(fault.value());
                send(
                        exchange,
                        fault.value(),
                        "text/html; charset=utf-8",
                        "<html>\r\n<head><title>" + title
                                + "</title></head>\r\n<body>\r\n<center><h1>" + title
                                + "</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n",
                        method);
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    private static String reasonPhrase(int status) {
        return switch (status) {
            case 500 -> "Internal Server Error";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Temporarily Unavailable";
            case 504 -> "Gateway Time-out";
            case 429 -> "Too Many Requests";
            default -> "Error";
        };
    }

    private boolean randomFailure(HttpExchange exchange, String method) throws IOException {
        int kind;
        synchronized (failures) {
            if (failures.nextDouble() >= options.failureRate()) {
                return false;
            }
            kind = failures.nextInt(3);
        }
        switch (kind) {
            case 0 -> sendError(exchange, ApiError.forStatus(503), method);
            case 1 -> sendError(exchange, ApiError.tooManyRequests(), method);
            default -> drop(exchange);
        }
        return true;
    }

    private TokenBucket bucket(String key) {
        return buckets.computeIfAbsent(key, k -> new TokenBucket(options.rateLimit(), options.burst()));
    }

    /** Closing an exchange before any response headers makes the JDK server close the socket: no answer. */
    private void drop(HttpExchange exchange) {
        stats.recordDrop();
        exchange.close();
    }

    /**
     * The watchdog's answer to a body that stopped arriving: written and flushed but not closed, because closing
     * would wait for the rest of the body; the connection closes after it.
     */
    private void answerStalledBody(HttpExchange exchange, String method) {
        ApiError e = ApiError.badRequest("The request body stopped arriving: nothing came for "
                + BodyReader.IDLE_TIMEOUT_MS + " ms before it was complete.");
        byte[] bytes = LeverJson.error(e.code(), e.getMessage()).toString().getBytes(StandardCharsets.UTF_8);
        try {
            stats.recordStatus(e.status(), method);
            exchange.getResponseHeaders().set("Content-Type", JSON);
            exchange.getResponseHeaders().set("Connection", "close");
            exchange.sendResponseHeaders(e.status(), bytes.length);
            OutputStream out = exchange.getResponseBody();
            out.write(bytes);
            out.flush();
        } catch (IOException io) {
            LOG.debug("Could not answer a stalled body: {}", io.getMessage());
        }
    }

    /** A download: the file's bytes with its media type, offered for saving under its name. */
    private void sendFile(HttpExchange exchange, Response.FileBody file, String method) throws IOException {
        stats.recordStatus(200, method);
        exchange.getResponseHeaders().set("Content-Type", file.contentType());
        exchange.getResponseHeaders()
                .set(
                        "Content-Disposition",
                        "attachment; filename=\"" + file.fileName().replace("\"", "") + "\"");
        exchange.sendResponseHeaders(200, file.bytes().length == 0 ? -1 : file.bytes().length);
        if (file.bytes().length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(file.bytes());
            }
        }
    }

    private void sendError(HttpExchange exchange, ApiError e, String method) {
        try {
            sendJson(exchange, e.status(), LeverJson.error(e.code(), e.getMessage()), method);
        } catch (IOException io) {
            LOG.debug("Could not send the error answer: {}", io.getMessage());
        }
    }

    private void sendJson(HttpExchange exchange, int status, JsonNode body, String method) throws IOException {
        if (body == null) {
            stats.recordStatus(status, method);
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        send(exchange, status, JSON, body.toString(), method);
    }

    private void send(HttpExchange exchange, int status, String contentType, String text, String method)
            throws IOException {
        stats.recordStatus(status, method);
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void sleep(int ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

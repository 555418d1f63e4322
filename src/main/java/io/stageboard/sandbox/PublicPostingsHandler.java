package io.stageboard.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.stageboard.sandbox.SandboxModel.Posting;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lever's public Postings API v0 (API reference §9), the part a job-site preview reads: {@code GET
 * /v0/postings/<site>?mode=json} answers a bare JSON array and {@code GET /v0/postings/<site>/<id>} one object. No
 * key; only published, non-confidential postings are public. Errors use v0's own shape {@code {ok:false, error}}.
 * Faults and the rate limit of the {@code /v1} API do not apply here.
 */
final class PublicPostingsHandler implements HttpHandler {

    static final String PREFIX = "/v0/postings";
    private static final Logger LOG = LoggerFactory.getLogger(PublicPostingsHandler.class);

    private final SandboxData data;
    private final SandboxStats stats;

    PublicPostingsHandler(SandboxData data, SandboxStats stats) {
        this.data = data;
        this.stats = stats;
    }

    @Override
    public void handle(HttpExchange exchange) {
        stats.recordRequest();
        String method = exchange.getRequestMethod();
        try (InputStream in = exchange.getRequestBody()) {
            in.readAllBytes();
            Request r = new Request(
                    method,
                    exchange.getRequestURI().getRawPath().substring(PREFIX.length()),
                    exchange.getRequestURI().getRawQuery(),
                    new byte[0]);
            List<String> segments = r.segments();
            if (!method.equals("GET")) {
                send(exchange, 405, error("The sandbox's job site only serves GET; it does not take applications."));
            } else if (segments.isEmpty()
                    || segments.size() > 2
                    || !segments.get(0).equals(data.siteName())) {
                send(exchange, 404, error("Document not found"));
            } else if (segments.size() == 2) {
                JsonNode posting = published().stream()
                        .filter(p -> p.id().equals(segments.get(1)))
                        .findFirst()
                        .<JsonNode>map(this::posting)
                        .orElse(error("Document not found"));
                send(exchange, posting.has("ok") ? 404 : 200, posting);
            } else {
                String mode = r.one("mode");
                if (mode != null && !mode.equals("json")) {
                    send(exchange, 400, error("The sandbox's job site only answers mode=json."));
                } else {
                    send(exchange, 200, list(r));
                }
            }
        } catch (ApiError e) {
            send(exchange, e.status(), error(e.getMessage()));
        } catch (IOException | RuntimeException e) {
            LOG.error("Sandbox job site failed on {} {}", method, exchange.getRequestURI(), e);
            send(exchange, 500, error("Internal error"));
        } finally {
            exchange.close();
        }
    }

    private List<Posting> published() {
        return data.postings().stream()
                .filter(p ->
                        p.state().equals("published") && p.confidentiality().equals("non-confidential"))
                .sorted(Comparator.comparingLong(Posting::createdAt).reversed().thenComparing(Posting::id))
                .toList();
    }

    /** The list with v0's filters (repeated values OR'ed, case sensitive), then {@code skip} and {@code limit}. */
    private ArrayNode list(Request r) {
        List<Posting> matching = published().stream()
                .filter(matches(r, "location", p -> p.categories().location()))
                .filter(matches(r, "commitment", p -> p.categories().commitment()))
                .filter(matches(r, "team", p -> p.categories().team()))
                .filter(matches(r, "department", p -> p.categories().department()))
                .toList();
        int skip = count(r, "skip", 0);
        int limit = count(r, "limit", Integer.MAX_VALUE);
        ArrayNode array = LeverJson.MAPPER.createArrayNode();
        matching.stream().skip(skip).limit(limit).map(this::posting).forEach(array::add);
        return array;
    }

    private static Predicate<Posting> matches(Request r, String name, Function<Posting, String> field) {
        Set<String> wanted = new HashSet<>(r.all(name));
        return p -> wanted.isEmpty() || wanted.contains(field.apply(p));
    }

    private static int count(Request r, String name, int fallback) {
        String v = r.one(name);
        if (v == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v.trim());
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // fall through to the shared message
        }
        throw ApiError.badRequest("Invalid " + name + " '" + v + "': expected a whole number, 0 or more.");
    }

    private ObjectNode posting(Posting p) {
        ObjectNode o = LeverJson.MAPPER.createObjectNode().put("id", p.id()).put("text", p.text());
        ObjectNode c = o.putObject("categories")
                .put("location", p.categories().location())
                .put("commitment", p.categories().commitment())
                .put("team", p.categories().team())
                .put("department", p.categories().department());
        ArrayNode locations = c.putArray("allLocations");
        p.categories().allLocations().forEach(locations::add);
        String opening = "Join " + data.siteName() + ".";
        o.put("country", p.country())
                .put("opening", "<div>" + opening + "</div>")
                .put("openingPlain", opening)
                .put("description", "<div>" + p.description() + "</div>")
                .put("descriptionPlain", p.description())
                .put("descriptionBody", "<div>" + p.description() + "</div>")
                .put("descriptionBodyPlain", p.description());
        o.putArray("lists")
                .addObject()
                .put("text", "What you will do")
                .put("content", "<li>Build things people love</li>");
        o.put("additional", "<div>We look forward to hearing from you.</div>")
                .put("additionalPlain", "We look forward to hearing from you.");
        o.put("hostedUrl", LeverJson.JOBS + "/" + p.id())
                .put("applyUrl", LeverJson.JOBS + "/" + p.id() + "/apply")
                .put("workplaceType", p.workplaceType());
        o.putObject("salaryRange")
                .put("currency", "USD")
                .put("interval", "per-year-salary")
                .put("min", p.salaryMin())
                .put("max", p.salaryMax());
        String salary = "$" + p.salaryMin() + " – $" + p.salaryMax() + " a year";
        o.put("salaryDescription", "<div>" + salary + "</div>")
                .put("salaryDescriptionPlain", salary)
                .put("createdAt", p.createdAt());
        return o;
    }

    private static ObjectNode error(String message) {
        return LeverJson.MAPPER.createObjectNode().put("ok", false).put("error", message);
    }

    private void send(HttpExchange exchange, int status, JsonNode body) {
        stats.recordStatus(status, exchange.getRequestMethod());
        byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
        try {
            exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        } catch (IOException e) {
            LOG.debug("Could not send the job site's answer: {}", e.getMessage());
        }
    }
}

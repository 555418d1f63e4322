package io.stageboard.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Reads a company's public job site through Lever's public Postings API ({@code GET /v0/postings/<site>?mode=json}
 * and {@code GET /v0/postings/<site>/<id>}): no key, published postings only. It is a separate API from the one
 * {@link LeverClient} speaks, with another shape (a bare JSON array, no {@code data} envelope) and no credentials,
 * so it has its own small client. Thread-safe; calls block, so run them off the FX thread.
 */
public final class PublicPostingsClient implements AutoCloseable {

    /** Lever's public Postings API for accounts in the US data centre. */
    public static final String PRODUCTION = "https://api.lever.co/v0/postings";
    // The site name is the account's slug on jobs.lever.co: letters, digits, dots, dashes, underscores.
    private static final Pattern SITE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private final HttpUrl baseUrl;
    private final OkHttpClient ok;
    private final ObjectMapper mapper =
            new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    /**
     * @param baseUrl {@link #PRODUCTION}, {@code https://api.eu.lever.co/v0/postings}, or the local sandbox's
     *     {@code http://127.0.0.1:PORT/v0/postings}; plain http only to this computer
     */
    public PublicPostingsClient(String baseUrl) {
        this.baseUrl = BaseUrlPolicy.check(baseUrl);
        this.ok = new OkHttpClient.Builder()
                .connectTimeout(Duration.ofSeconds(10))
                .readTimeout(Duration.ofSeconds(30))
                .build();
    }

    /**
     * Lists the published postings of a job site.
     *
     * @param site the site name, as in {@code jobs.lever.co/<site>}
     * @return the postings in Lever's order
     * @throws LeverNotFoundException when there is no such site
     * @throws LeverException when the site cannot be read
     */
    public List<PublicPosting> postings(String site) {
        JsonNode root = get(
                url(site).addQueryParameter("mode", "json").build(),
                "There is no public job site" + " called '" + site.strip()
                        + "'; check the site name (the part after jobs.lever.co/).");
        if (!root.isArray()) {
            throw unreadable("it was not a list of postings", null);
        }
        List<PublicPosting> postings = new ArrayList<>();
        for (JsonNode item : root) {
            postings.add(convert(item));
        }
        return postings;
    }

    /**
     * Reads one published posting of a job site.
     *
     * @throws LeverNotFoundException when the site has no such published posting
     */
    public PublicPosting posting(String site, String postingId) {
        if (postingId == null || postingId.isBlank()) {
            throw new IllegalArgumentException("A posting id is required");
        }
        JsonNode root = get(
                url(site).addPathSegment(postingId).build(),
                "This posting is not on the public job" + " site: only published postings are.");
        if (!root.isObject()) {
            throw unreadable("it was not a posting", null);
        }
        return convert(root);
    }

    /** Releases connections and threads. */
    @Override
    public void close() {
        ok.dispatcher().executorService().shutdown();
        ok.connectionPool().evictAll();
    }

    private HttpUrl.Builder url(String site) {
        if (site == null || !SITE.matcher(site.strip()).matches()) {
            throw new IllegalArgumentException("The job site name must be the part after jobs.lever.co/, such as"
                    + " 'acme'; '" + site + "' is not one.");
        }
        return baseUrl.newBuilder().addPathSegment(site.strip());
    }

    private JsonNode get(HttpUrl url, String notFound) {
        Request request = new Request.Builder()
                .url(url)
                .header("Accept", "application/json")
                .build();
        try (Response response = ok.newCall(request).execute()) {
            String body = response.body().string();
            if (response.code() == 404) {
                throw new LeverNotFoundException(404, null, null, notFound, null);
            }
            if (!response.isSuccessful()) {
                boolean transientFailure = response.code() == 429 || response.code() >= 500;
                throw new LeverException(
                        response.code(),
                        null,
                        null,
                        "Lever's public job site answered with an"
                                + " error (HTTP " + response.code() + "). "
                                + (transientFailure ? "Try again in a minute." : "Check the site name."),
                        transientFailure,
                        null);
            }
            return mapper.readTree(body);
        } catch (JsonProcessingException e) {
            throw unreadable("it was not valid JSON", e);
        } catch (IOException e) {
            throw new LeverNetworkException(
                    "Could not reach Lever's public job site at " + url.host()
                            + ". Check the internet connection and try again.",
                    e);
        }
    }

    private PublicPosting convert(JsonNode node) {
        try {
            return mapper.treeToValue(node, PublicPosting.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw unreadable("a posting had an unexpected shape", e);
        }
    }

    private static LeverResponseException unreadable(String why, Throwable cause) {
        return new LeverResponseException(
                0,
                null,
                null,
                "Lever's public job site sent an answer Stageboard could" + " not read (" + why + "). Try again later.",
                cause);
    }
}

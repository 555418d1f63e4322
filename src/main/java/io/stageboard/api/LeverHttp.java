package io.stageboard.api;

import dev.failsafe.Call;
import dev.failsafe.ExecutionContext;
import dev.failsafe.Failsafe;
import dev.failsafe.FailsafeException;
import dev.failsafe.FailsafeExecutor;
import dev.failsafe.RetryPolicy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Executes {@link ApiRequest}s: authentication, pacing, retry, error mapping. The only class that touches OkHttp
 * and Failsafe.
 *
 * <p>Pacing: one {@link Pacer} per client, shared by every request and every attempt (and by the
 * {@link #background()} view of the same client), is a token bucket of the configured rate holding a little less
 * than Lever's burst (about 10/s, burst 20). The first requests of a load go out at once, spending part of Lever's
 * burst, so a first page and the stages arrive after one round trip; after that the client runs at the steady rate
 * and never drains Lever's bucket, so steady operation sees no 429. A few permits of Lever's burst stay unspent: they
 * are headroom for other users of the same key and for this client's own retries.
 *
 * <p>Retry: a Failsafe {@link RetryPolicy} retries transient failures (429, 502, 503, 504, no answer), waiting
 * {@code Retry-After} when Lever sends one, else exponential backoff with jitter. Requests Lever would perform twice
 * (creating a note) are re-sent only after a {@link Recovery} found that an earlier attempt that may have reached
 * Lever did not land.
 */
final class LeverHttp implements AutoCloseable {

    /** Looks for the result of an earlier attempt that may have reached Lever although no answer came back. */
    interface Recovery<T> {
        Optional<T> find(long attemptStartedAtMillis);
    }

    /** Decodes a 2xx body; may throw {@link LeverResponseException}. */
    interface Reader<T> {
        T read(String body);

        /** Reads a 2xx body from its bytes; a download overrides this to keep them as they are. */
        default T readBytes(byte[] body) {
            return read(new String(body, StandardCharsets.UTF_8));
        }
    }

    /** Tagged onto each OkHttp request: records whether the request started to go out. */
    static final class AttemptTrace {
        volatile boolean sent;
    }

    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
    // A Retry-After beyond this is not honoured in full, so a broken header cannot freeze the app.
    private static final Duration MAX_RETRY_AFTER = Duration.ofMinutes(5);

    private final HttpUrl baseUrl;
    private final String apiKey;
    private final LeverSettings settings;
    private final String credential;
    private final OkHttpClient ok;
    private final JsonCodec codec;
    private final ErrorMapper errors;
    private final RequestLog log = new RequestLog();
    private final FailsafeExecutor<Object> failsafe;
    private final Pacer pacer;
    private final boolean background;
    private final LeverHttp owner;
    private volatile boolean closed;

    /**
     * Lever's burst permits this client leaves unspent: at least four (retries, other users of the key), and at least
     * what the steady rate refills in 400 ms, for requests that reach Lever bunched closer than they left (new
     * connections, a busy machine). At Lever's 10/s with a burst of 20, 16 go out at once.
     */
    static int burstSpent(double perSecond, int burst) {
        return Math.max(1, burst - Math.max(4, (int) Math.ceil(perSecond * 0.4)));
    }

    LeverHttp(HttpUrl baseUrl, String apiKey, LeverSettings settings, JsonCodec codec) {
        this.baseUrl = baseUrl;
        this.apiKey = apiKey;
        this.settings = settings;
        this.credential =
                "Basic " + Base64.getEncoder().encodeToString((apiKey + ":").getBytes(StandardCharsets.UTF_8));
        this.codec = codec;
        this.errors = new ErrorMapper(codec, new Redactor(apiKey, credential.substring("Basic ".length())));
        this.ok = new OkHttpClient.Builder()
                .connectTimeout(settings.connectTimeout())
                .readTimeout(settings.readTimeout())
                .writeTimeout(settings.readTimeout())
                .callTimeout(settings.callTimeout())
                // OkHttp would otherwise silently re-send some requests, POSTs included; Failsafe decides instead.
                .retryOnConnectionFailure(false)
                .eventListener(new SentListener())
                .build();
        this.pacer = new Pacer(
                settings.requestsPerSecond(),
                burstSpent(settings.requestsPerSecond(), settings.burst()),
                Duration.ofMinutes(10));
        this.background = false;
        this.owner = null;
        Backoff backoff = new Backoff(settings.backoffInitial(), settings.backoffMax());
        RetryPolicy<Object> retry = RetryPolicy.builder()
                .handleIf((result, failure) -> failure instanceof LeverException e && e.isTransient())
                .withMaxAttempts(settings.maxAttempts())
                .withDelayFn(ctx -> retryDelay(ctx, backoff))
                .build();
        // Retry outside; every attempt, retries included, takes a permit of the pacer inside the call.
        this.failsafe = Failsafe.with(retry);
    }

    private LeverHttp(LeverHttp owner) {
        this.baseUrl = owner.baseUrl;
        this.apiKey = owner.apiKey;
        this.settings = owner.settings;
        this.credential = owner.credential;
        this.codec = owner.codec;
        this.errors = owner.errors;
        this.ok = owner.ok;
        this.failsafe = owner.failsafe;
        this.pacer = owner.pacer;
        this.background = true;
        this.owner = owner;
    }

    /**
     * The same client, connection pool and pacer, whose requests yield to every other request of this client that
     * waits for a permit. Closing the view does nothing; the client it came from owns the connections.
     */
    LeverHttp background() {
        return background ? this : new LeverHttp(this);
    }

    /** A new executor for the same account with other settings; this one stays open. */
    LeverHttp withSettings(LeverSettings other) {
        return new LeverHttp(baseUrl, apiKey, other, codec);
    }

    LeverSettings settings() {
        return settings;
    }

    HttpUrl baseUrl() {
        return baseUrl;
    }

    JsonCodec codec() {
        return codec;
    }

    /**
     * Runs a request with pacing and retry.
     *
     * @param recovery consulted before re-sending a request that is not safe to repeat; null for safe requests
     * @param scope lets a pager cancel the call in flight; may be null
     */
    <T> T execute(ApiRequest request, Reader<T> reader, Recovery<T> recovery, CancelScope scope) {
        if (closed || (owner != null && owner.closed)) {
            throw new IllegalStateException("This LeverClient is closed.");
        }
        if (!request.safeToRepeat && recovery == null) {
            // Never re-send blindly what Lever may already have done.
            throw new IllegalArgumentException("A request that is not safe to repeat needs a recovery");
        }
        long startedAt = System.currentTimeMillis();
        AtomicBoolean mayHaveLanded = new AtomicBoolean();
        Call<T> call = failsafe.newCall(ctx -> {
            if (ctx.isCancelled() || (scope != null && scope.isCancelled())) {
                throw new CancellationException("The request was cancelled.");
            }
            boolean earlierMayHaveLanded = mayHaveLanded.get();
            if (earlierMayHaveLanded && recovery != null) {
                Optional<T> landed = recovery.find(startedAt);
                if (landed.isPresent()) {
                    return landed.get();
                }
                // Checked and absent: the earlier attempt did not land, so a later 429/503 needs no new check.
                mayHaveLanded.set(false);
            }
            pacer.acquire(background);
            if (ctx.isCancelled() || (scope != null && scope.isCancelled())) {
                throw new CancellationException("The request was cancelled.");
            }
            try {
                return attempt(request, reader, ctx);
            } catch (LeverException e) {
                if (e instanceof LeverNotFoundException && request.notFoundMeansDone && earlierMayHaveLanded) {
                    return null;
                }
                if (e.mayHaveLanded()) {
                    mayHaveLanded.set(true);
                }
                throw e;
            }
        });
        if (scope != null) {
            scope.attach(call);
        }
        try {
            return call.execute();
        } catch (RuntimeException e) {
            throw scope != null && scope.isCancelled() ? cancelled(e) : translate(e);
        } finally {
            if (scope != null) {
                scope.detach(call);
            }
        }
    }

    private static CancellationException cancelled(RuntimeException cause) {
        if (cause instanceof CancellationException c) {
            return c;
        }
        CancellationException e = new CancellationException("The request was cancelled.");
        e.initCause(cause);
        return e;
    }

    private static RuntimeException translate(RuntimeException e) {
        if (e instanceof FailsafeException && e.getCause() instanceof InterruptedException) {
            // Someone else interrupted the caller: keep the flag for them and stop.
            Thread.currentThread().interrupt();
            return cancelled(e);
        }
        return e;
    }

    private <T> T attempt(ApiRequest request, Reader<T> reader, ExecutionContext<T> ctx) {
        HttpUrl url = request.url(baseUrl);
        AttemptTrace trace = new AttemptTrace();
        Request.Builder builder = new Request.Builder()
                .url(url)
                .header("Authorization", credential)
                .header("Accept", "application/json")
                .tag(AttemptTrace.class, trace);
        // A multipart body (files) is built by the caller; everything else is JSON.
        RequestBody body = request.body == null
                ? null
                : request.body instanceof RequestBody ready
                        ? ready
                        : RequestBody.create(codec.write(request.body), JSON);
        if (body == null && (request.method.equals("POST") || request.method.equals("PUT"))) {
            body = RequestBody.create("{}", JSON);
        }
        okhttp3.Call okCall = ok.newCall(builder.method(request.method, body).build());
        ctx.onCancel(okCall::cancel);
        int attemptNumber = ctx.getAttemptCount() + 1;
        long started = System.nanoTime();
        try (Response response = okCall.execute()) {
            byte[] raw = response.body().bytes();
            String text = new String(raw, StandardCharsets.UTF_8);
            log.completed(request.method, url, response.code(), started, attemptNumber);
            String contentType = response.header("Content-Type");
            if (!response.isSuccessful()) {
                throw errors.fromResponse(
                        response.code(),
                        contentType,
                        text,
                        request.subject,
                        RetryAfter.parse(response.header("Retry-After")),
                        request.permission());
            }
            if (!text.isBlank() && ErrorMapper.looksLikeHtml(contentType, text)) {
                throw errors.htmlInsteadOfData(response.code());
            }
            return reader.readBytes(raw);
        } catch (IOException e) {
            log.failed(request.method, url, e, started, attemptNumber);
            if (okCall.isCanceled()) {
                throw new CancellationException("The request was cancelled.");
            }
            throw errors.fromIo(e, url.host(), trace.sent);
        }
    }

    private static Duration retryDelay(ExecutionContext<Object> ctx, Backoff backoff) {
        Throwable last = ctx.getLastException();
        if (last instanceof LeverRateLimitException e && e.retryAfter() != null) {
            return e.retryAfter().compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : e.retryAfter();
        }
        return backoff.delayBeforeRetry(ctx.getAttemptCount());
    }

    @Override
    public void close() {
        if (owner != null) {
            return;
        }
        closed = true;
        ok.dispatcher().executorService().shutdown();
        ok.connectionPool().evictAll();
    }

    /** Marks a trace as sent once OkHttp starts writing the request: from then on Lever may act on it. */
    private static final class SentListener extends okhttp3.EventListener {
        @Override
        public void requestHeadersStart(okhttp3.Call call) {
            AttemptTrace trace = call.request().tag(AttemptTrace.class);
            if (trace != null) {
                trace.sent = true;
            }
        }
    }
}

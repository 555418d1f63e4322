package io.stageboard.api;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Locale;
import javax.net.ssl.SSLException;

/** Turns Lever's non-2xx answers and I/O failures into typed {@link LeverException}s with user sentences. */
final class ErrorMapper {

    private final JsonCodec codec;
    private final Redactor redactor;

    ErrorMapper(JsonCodec codec, Redactor redactor) {
        this.codec = codec;
        this.redactor = redactor;
    }

    /**
     * Maps a non-2xx answer.
     *
     * @param subject what the request was about, e.g. "This opportunity", for the 404 sentence
     */
    LeverException fromResponse(int status, String contentType, String body, String subject, Duration retryAfter) {
        return fromResponse(status, contentType, body, subject, retryAfter, null);
    }

    /**
     * Maps a non-2xx answer to a request whose permission is known.
     *
     * @param permission what a 403 refused, e.g. "postings:read"; may be null
     */
    LeverException fromResponse(
            int status, String contentType, String body, String subject, Duration retryAfter, String permission) {
        boolean html = looksLikeHtml(contentType, body);
        String[] fields = html ? new String[] {null, null} : codec.errorFields(body);
        String code = redactor.redact(fields[0]);
        String message = redactor.redact(fields[1]);
        if (status == 401) {
            return new LeverAuthenticationException(
                    status,
                    code,
                    message,
                    "Lever rejected the API key. Check the"
                            + " key or create a new one under Settings → Integrations and API.",
                    null);
        }
        if (status == 403) {
            return new LeverPermissionException(
                    status,
                    code,
                    message,
                    "This API key is not allowed to do this"
                            + (message == null ? "" : " (Lever says: " + message + ")")
                            + "; ask a Super Admin to grant the key this permission under Settings → Integrations and API.",
                    null,
                    permission);
        }
        if (status == 404) {
            return new LeverNotFoundException(
                    status, code, message, subject + " no longer exists in Lever; refresh.", null);
        }
        if (status == 400 || status == 422) {
            return new LeverBadRequestException(
                    status,
                    code,
                    message,
                    "Lever refused the request: " + (message == null ? "it said the request was invalid." : message),
                    null);
        }
        if (status == 429) {
            return new LeverRateLimitException(code, message, retryAfter);
        }
        if (status >= 500) {
            boolean retryable = status == 502 || status == 503 || status == 504;
            String sentence = html
                    ? "Lever answered with an error page (HTTP " + status + ") instead of data; Lever may be having"
                            + " trouble. Try again in a few minutes."
                    : "Lever had a problem handling the request (HTTP " + status + "); try again in a few minutes.";
            LeverServerException e = new LeverServerException(status, code, message, sentence, retryable, null);
            // A gateway error does not prove the backend did nothing; 503 means Lever declined the work.
            return status == 503 ? e : e.markMayHaveLanded();
        }
        return new LeverException(
                status,
                code,
                message,
                "Lever answered with an unexpected status (HTTP " + status + ")"
                        + (message == null ? "." : ": " + message),
                false,
                null);
    }

    /** Maps a 2xx answer that is a web page rather than JSON (a captive portal or a proxy in the way). */
    LeverException htmlInsteadOfData(int status) {
        return new LeverResponseException(
                status,
                null,
                null,
                "Lever answered with a web page instead of data."
                        + " A proxy or sign-in page may be in the way; check the base URL and your connection.",
                null);
    }

    /**
     * Maps an I/O failure.
     *
     * @param requestSent whether the request had started to go out, so Lever may have acted on it
     */
    LeverNetworkException fromIo(IOException e, String host, boolean requestSent) {
        LeverNetworkException mapped = new LeverNetworkException(
                "Could not reach Lever at " + host + ": " + reason(e) + ". Check your connection.", e);
        if (requestSent) {
            mapped.markMayHaveLanded();
        }
        return mapped;
    }

    static boolean looksLikeHtml(String contentType, String body) {
        if (contentType != null && contentType.toLowerCase(Locale.ROOT).contains("html")) {
            return true;
        }
        String start = body == null ? "" : body.stripLeading().toLowerCase(Locale.ROOT);
        return start.startsWith("<!doctype html") || start.startsWith("<html");
    }

    private static String reason(IOException e) {
        if (e instanceof UnknownHostException) {
            return "the host name could not be found";
        }
        if (e instanceof ConnectException || e instanceof NoRouteToHostException) {
            return "the connection was refused";
        }
        if (e instanceof SocketTimeoutException || e instanceof InterruptedIOException) {
            return "the request timed out";
        }
        if (e instanceof SSLException) {
            return "a secure connection could not be established";
        }
        return "the connection was closed before Lever answered";
    }
}

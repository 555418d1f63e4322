package io.stageboard.api;

import java.io.IOException;
import okhttp3.HttpUrl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One debug line per HTTP attempt: method, path with query, status, duration, attempt number. Built from the URL
 * only (the key travels in a header, never in the URL), so no credential can reach the log.
 */
final class RequestLog {

    private static final Logger LOG = LoggerFactory.getLogger("io.stageboard.api.http");

    void completed(String method, HttpUrl url, int status, long startedNanos, int attempt) {
        if (LOG.isDebugEnabled()) {
            LOG.debug(
                    "{} {} -> {} in {} ms (attempt {})",
                    method,
                    pathAndQuery(url),
                    status,
                    elapsedMillis(startedNanos),
                    attempt);
        }
    }

    void failed(String method, HttpUrl url, IOException e, long startedNanos, int attempt) {
        if (LOG.isDebugEnabled()) {
            LOG.debug(
                    "{} {} -> no answer ({}) in {} ms (attempt {})",
                    method,
                    pathAndQuery(url),
                    e.getClass().getSimpleName(),
                    elapsedMillis(startedNanos),
                    attempt);
        }
    }

    private static String pathAndQuery(HttpUrl url) {
        String query = url.encodedQuery();
        return query == null ? url.encodedPath() : url.encodedPath() + "?" + query;
    }

    private static long elapsedMillis(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }
}

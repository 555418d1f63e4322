package io.stageboard.sandbox;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Scripted, deterministic faults for tests. Each fault is queued with a request matcher and is consumed, in
 * the order queued, by the first request that matches it. Example:
 * <pre>
 * server.faults().next("PUT", "/opportunities/&#42;/stage", Fault.status(503));
 * server.faults().next(Fault.dropConnection());   // whatever request comes next
 * </pre>
 * Paths are relative to {@code /v1}; a {@code *} matches exactly one path segment, a trailing {@code **}
 * matches the rest of the path. The query string is ignored. Thread-safe.
 */
public final class FaultInjector {

    private record Entry(String method, String[] pattern, Fault fault) {}

    private final List<Entry> queue = new ArrayList<>();

    /** Queues faults for the next requests of any method and path, one fault per request, in order. */
    public synchronized FaultInjector next(Fault... faults) {
        for (Fault f : faults) {
            queue.add(new Entry(null, null, f));
        }
        return this;
    }

    /**
     * Queues faults for the next requests with this method (e.g. "PUT", or "*" for any) and path pattern
     * (e.g. "/opportunities/&#42;/stage"), one fault per matching request, in order.
     */
    public synchronized FaultInjector next(String method, String pathPattern, Fault... faults) {
        String m = method == null || method.equals("*") ? null : method.toUpperCase(Locale.ROOT);
        String[] p = segments(pathPattern);
        for (Fault f : faults) {
            queue.add(new Entry(m, p, f));
        }
        return this;
    }

    /** Removes every queued fault. */
    public synchronized void clear() {
        queue.clear();
    }

    /** How many faults are still waiting for a request. */
    public synchronized int pending() {
        return queue.size();
    }

    /** Takes the first queued fault matching this request, if any (path relative to /v1). */
    synchronized Optional<Fault> take(String method, String path) {
        String[] actual = segments(path);
        for (Iterator<Entry> it = queue.iterator(); it.hasNext(); ) {
            Entry e = it.next();
            if ((e.method == null || e.method.equals(method)) && (e.pattern == null || matches(e.pattern, actual))) {
                it.remove();
                return Optional.of(e.fault);
            }
        }
        return Optional.empty();
    }

    private static boolean matches(String[] pattern, String[] actual) {
        for (int i = 0; i < pattern.length; i++) {
            if (pattern[i].equals("**") && i == pattern.length - 1) {
                return true;
            }
            if (i >= actual.length || !(pattern[i].equals("*") || pattern[i].equals(actual[i]))) {
                return false;
            }
        }
        return pattern.length == actual.length;
    }

    private static String[] segments(String path) {
        String p = path == null ? "" : path;
        if (p.startsWith("/v1/") || p.equals("/v1")) {
            p = p.substring(3);
        }
        return Arrays.stream(p.split("/")).filter(s -> !s.isEmpty()).toArray(String[]::new);
    }
}

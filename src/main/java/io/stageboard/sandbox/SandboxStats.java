package io.stageboard.sandbox;

import java.util.concurrent.atomic.LongAdder;

/** Counters of what the sandbox answered, for benchmarks and tests. Thread-safe. */
public final class SandboxStats {

    private final LongAdder requests = new LongAdder();
    private final LongAdder tooManyRequests = new LongAdder();
    private final LongAdder serverErrors = new LongAdder();
    private final LongAdder droppedConnections = new LongAdder();
    private final LongAdder writes = new LongAdder();

    /** Requests received, whatever the answer. */
    public long requests() {
        return requests.sum();
    }

    /** 429 answers, from the rate limiter, random failures or scripted faults. */
    public long tooManyRequests() {
        return tooManyRequests.sum();
    }

    /** 5xx answers. */
    public long serverErrors() {
        return serverErrors.sum();
    }

    /** Connections closed without a response. */
    public long droppedConnections() {
        return droppedConnections.sum();
    }

    /** Successful write requests (PUT, POST, DELETE answered 2xx). */
    public long writes() {
        return writes.sum();
    }

    /** Sets every counter back to zero. */
    public void reset() {
        requests.reset();
        tooManyRequests.reset();
        serverErrors.reset();
        droppedConnections.reset();
        writes.reset();
    }

    void recordRequest() {
        requests.increment();
    }

    void recordStatus(int status, String method) {
        if (status == 429) {
            tooManyRequests.increment();
        } else if (status >= 500) {
            serverErrors.increment();
        } else if (status < 300 && !method.equals("GET")) {
            writes.increment();
        }
    }

    void recordDrop() {
        droppedConnections.increment();
    }

    @Override
    public String toString() {
        return "SandboxStats[requests=" + requests() + ", tooManyRequests=" + tooManyRequests() + ", serverErrors="
                + serverErrors() + ", droppedConnections=" + droppedConnections() + ", writes=" + writes() + "]";
    }
}

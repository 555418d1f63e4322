package io.stageboard.service.sync;

import java.util.concurrent.CompletableFuture;

/**
 * A load of opportunities in progress: pages are handed to the caller as they arrive, and the whole load can be
 * cancelled, which also cancels the request in flight.
 */
public interface OpportunityStream {

    /** Completes with the number of opportunities delivered, or exceptionally with the failure or a cancellation. */
    CompletableFuture<Integer> completion();

    /** Stops the load; no page is delivered after this returns. */
    void cancel();
}

package io.stageboard.api;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CancellationException;

/**
 * Walks a Lever list page by page, on demand, so a caller can show the first page before the last one arrives.
 * One thread calls {@link #nextPage()}; any thread may call {@link #cancel()}.
 */
public final class Pager<T> {

    /** Fetches one page; {@code offset} null means the first page. */
    interface PageSource<T> {
        Page<T> fetch(String offset, CancelScope scope);
    }

    private final PageSource<T> source;
    private final CancelScope scope = new CancelScope();
    private final Object walk = new Object();
    private volatile boolean started;
    private volatile String next;
    private volatile boolean more = true;

    Pager(PageSource<T> source) {
        this.source = source;
    }

    /** @return true when another page can be fetched: none fetched yet, or the last one said more follow */
    public boolean hasMore() {
        return more && !scope.isCancelled();
    }

    /**
     * Fetches the next page, blocking until it arrives.
     *
     * @return the page
     * @throws CancellationException after {@link #cancel()}, also when it cancels this very call
     * @throws NoSuchElementException when no page is left
     * @throws LeverException when Lever or the network fails
     */
    public Page<T> nextPage() {
        synchronized (walk) {
            if (scope.isCancelled()) {
                throw new CancellationException("Loading from Lever was cancelled.");
            }
            if (!more) {
                throw new NoSuchElementException("No page is left.");
            }
            Page<T> page = source.fetch(started ? next : null, scope);
            if (scope.isCancelled()) {
                throw new CancellationException("Loading from Lever was cancelled.");
            }
            started = true;
            next = page.next();
            // A page claiming more without a token cannot be followed; stop rather than loop on page 1.
            more = page.hasNext() && page.next() != null;
            return page;
        }
    }

    /** Stops the walk; cancels the request in flight, whose {@link #nextPage()} then throws. */
    public void cancel() {
        scope.cancel();
    }

    /** @return true after {@link #cancel()} */
    public boolean isCancelled() {
        return scope.isCancelled();
    }

    /**
     * Fetches every remaining page.
     *
     * @return the items of all remaining pages, in order
     * @throws CancellationException after {@link #cancel()}
     */
    public List<T> fetchAll() {
        List<T> all = new ArrayList<>();
        while (hasMore()) {
            all.addAll(nextPage().items());
        }
        if (scope.isCancelled()) {
            throw new CancellationException("Loading from Lever was cancelled.");
        }
        return all;
    }
}

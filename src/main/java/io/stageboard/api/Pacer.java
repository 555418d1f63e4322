package io.stageboard.api;

import java.time.Duration;
import java.util.concurrent.CancellationException;

/**
 * The client's side of Lever's token bucket: holds up to {@code capacity} permits, refilled at the steady rate, and
 * starts full, so the first requests of a load go out at once and a busy client then runs at the steady rate. The
 * capacity is a little less than Lever's burst, which leaves headroom for retries, for other users of the same key
 * and for requests arriving at Lever bunched closer than they left.
 *
 * <p>Two lanes: a background request (the archived part of a first load) takes a permit only while no foreground
 * request (a user's write, the board's own reads) is waiting for one, so user writes always go first.
 *
 * <p>Failsafe's rate limiters are either smooth (no burst at all) or bursty per fixed period (which can let two
 * bursts through back to back and exceed Lever's bucket), so this one small bucket is written out here.
 */
final class Pacer {

    private final double permitsPerNano;
    private final double capacity;
    private final long maxWaitNanos;
    private double permits;
    private long refilledAt;
    private int foregroundWaiting;

    Pacer(double perSecond, int capacity, Duration maxWait) {
        this.permitsPerNano = perSecond / 1e9;
        this.capacity = Math.max(1, capacity);
        this.maxWaitNanos = maxWait.toNanos();
        this.permits = this.capacity;
        this.refilledAt = System.nanoTime();
    }

    /**
     * Waits for a permit.
     *
     * @param background true for work that yields to every foreground request waiting
     * @throws CancellationException when the waiting thread is interrupted (a pager cancelled)
     * @throws LeverException (transient) when the wait would be longer than the configured maximum
     */
    synchronized void acquire(boolean background) {
        long deadline = System.nanoTime() + maxWaitNanos;
        if (!background) {
            foregroundWaiting++;
        }
        try {
            while (true) {
                long now = System.nanoTime();
                permits = Math.min(capacity, permits + (now - refilledAt) * permitsPerNano);
                refilledAt = now;
                boolean mayTake = !background || foregroundWaiting == 0;
                if (permits >= 1 && mayTake) {
                    permits -= 1;
                    return;
                }
                // A background request whose permit a foreground one takes first looks again after that one.
                long waitNanos = permits >= 1 ? 5_000_000 : (long) Math.ceil((1 - permits) / permitsPerNano);
                if (now + waitNanos > deadline) {
                    throw new LeverException(
                            0,
                            null,
                            null,
                            "Too many Lever requests are waiting in Stageboard; try again in a minute.",
                            true,
                            null);
                }
                wait(Math.max(1, waitNanos / 1_000_000), (int) (waitNanos % 1_000_000));
            }
        } catch (InterruptedException e) {
            CancellationException cancelled = new CancellationException("The request was cancelled.");
            cancelled.initCause(e);
            throw cancelled;
        } finally {
            if (!background) {
                foregroundWaiting--;
                notifyAll();
            }
        }
    }
}

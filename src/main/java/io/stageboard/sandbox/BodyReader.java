package io.stageboard.sandbox;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Reads request bodies so that no client is left waiting on a body that stops arriving. The JDK server reads a
 * body with blocking channel reads and has no per-read timeout, so a watchdog steps in when no byte has come for
 * {@link #IDLE_TIMEOUT_MS}: it sends the 400 answer itself, then interrupts the reading thread, which makes the
 * blocked channel read fail and close the connection. A body that ends early (the client closed its side) is
 * answered 400 at once, one larger than {@link #MAX_BYTES} 413.
 */
final class BodyReader implements AutoCloseable {

    /** How long a body may pause; short, because the only clients are on this machine (loopback). */
    static final long IDLE_TIMEOUT_MS = 500;

    /** Lever's file uploads are limited to about 30 MB (unconfirmed); this leaves room for the multipart frame. */
    static final int MAX_BYTES = 50 * 1024 * 1024;

    /** Thrown on the reading thread once the watchdog has answered; see {@link #abandon}. */
    static final class Stalled extends Exception {
        Stalled() {
            super("The request body stalled and was answered by the watchdog.", null, false, false);
        }
    }

    private final ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, r -> {
        Thread t = new Thread(r, "sandbox-body-watchdog");
        t.setDaemon(true);
        return t;
    });

    BodyReader() {
        timer.setRemoveOnCancelPolicy(true);
    }

    /**
     * The whole body of {@code exchange}. {@code answerStall} runs on the watchdog thread when the body stalls; it
     * must write and flush a complete answer without closing the exchange (closing would wait for the body).
     *
     * @throws Stalled when the watchdog answered; the caller must then {@link #abandon} the exchange
     * @throws ApiError 400 for a body that ended early, 413 for one that is too large
     */
    byte[] read(HttpExchange exchange, Runnable answerStall) throws Stalled {
        InputStream in = exchange.getRequestBody();
        if (!hasBody(exchange.getRequestHeaders())) {
            return new byte[0];
        }
        Watch watch = new Watch(Thread.currentThread(), answerStall);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        boolean truncated = false;
        boolean tooLarge = false;
        boolean answered;
        try {
            int n;
            while ((n = in.read(buffer)) != -1 && watch.progress()) {
                if (out.size() + n > MAX_BYTES) {
                    tooLarge = true;
                    break;
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException e) {
            truncated = true;
        } finally {
            answered = !watch.finish();
        }
        if (answered) {
            throw new Stalled();
        }
        if (truncated) {
            throw ApiError.badRequest("The request body ended before it was complete (the connection closed "
                    + "before the declared Content-Length or the last chunk arrived).");
        }
        if (tooLarge) {
            throw new ApiError(
                    413,
                    "RequestEntityTooLargeError",
                    "The request body is larger than " + (MAX_BYTES / (1024 * 1024)) + " MB.");
        }
        return out.toByteArray();
    }

    /**
     * Closes an exchange the watchdog answered. The reading thread still carries the watchdog's interrupt, so any
     * read the close attempts closes the connection instead of waiting; the interrupt is cleared afterwards, since
     * the thread goes back to the server's pool.
     */
    static void abandon(HttpExchange exchange) {
        try {
            exchange.close();
        } finally {
            Thread.interrupted();
        }
    }

    /** The JDK server treats a request with neither Content-Length nor Transfer-Encoding as having no body. */
    private static boolean hasBody(Headers headers) {
        String length = headers.getFirst("Content-Length");
        return headers.containsKey("Transfer-Encoding")
                || (length != null && !length.trim().equals("0"));
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }

    private enum State {
        READING,
        DONE,
        ANSWERED
    }

    /** The deadline of one body read; every transition holds this object's lock. */
    private final class Watch {

        private final Thread reader;
        private final Runnable answer;
        private State state = State.READING;
        private long lastProgress = System.nanoTime();
        private ScheduledFuture<?> pending;

        Watch(Thread reader, Runnable answer) {
            this.reader = reader;
            this.answer = answer;
            synchronized (this) {
                pending = timer.schedule(this::check, IDLE_TIMEOUT_MS, TimeUnit.MILLISECONDS);
            }
        }

        /** Bytes arrived; false when the watchdog has answered meanwhile. */
        synchronized boolean progress() {
            lastProgress = System.nanoTime();
            return state != State.ANSWERED;
        }

        /** The read is over; false when the watchdog answered first. */
        synchronized boolean finish() {
            if (state == State.ANSWERED) {
                return false;
            }
            state = State.DONE;
            pending.cancel(false);
            return true;
        }

        /**
         * Runs on the watchdog thread: waits again if bytes came meanwhile, else answers and interrupts. Both happen
         * under the lock, so the reader sees ANSWERED only after its interrupt is set, and never a late interrupt.
         */
        synchronized void check() {
            if (state != State.READING) {
                return;
            }
            long idleMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - lastProgress);
            if (idleMs < IDLE_TIMEOUT_MS) {
                pending = timer.schedule(this::check, IDLE_TIMEOUT_MS - idleMs, TimeUnit.MILLISECONDS);
                return;
            }
            state = State.ANSWERED;
            try {
                answer.run();
            } finally {
                reader.interrupt();
            }
        }
    }
}

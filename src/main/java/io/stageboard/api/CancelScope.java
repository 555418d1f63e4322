package io.stageboard.api;

import dev.failsafe.Call;

/** Lets a {@link Pager} cancel the request in flight: the Failsafe call, and through it the OkHttp call. */
final class CancelScope {

    private volatile boolean cancelled;
    private volatile Call<?> current;

    void attach(Call<?> call) {
        current = call;
        if (cancelled) {
            call.cancel(false);
        }
    }

    void detach(Call<?> call) {
        if (current == call) {
            current = null;
        }
    }

    void cancel() {
        cancelled = true;
        Call<?> call = current;
        if (call != null) {
            // Not interrupting: the caller's thread may belong to a pool; cancelling the OkHttp call suffices.
            call.cancel(false);
        }
    }

    boolean isCancelled() {
        return cancelled;
    }
}

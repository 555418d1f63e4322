package io.stageboard.api;

import dev.failsafe.Call;

/** Lets a {@link Pager} cancel the request in flight: the Failsafe call, and through it the OkHttp call. */
final class CancelScope {

    private volatile boolean cancelled;
    private volatile Call<?> current;

    void attach(Call<?> call) {
        current = call;
        if (cancelled) {
            call.cancel(true);
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
            // Interrupting cuts short a retry delay or a wait for the rate limiter; Failsafe clears the interrupt
            // it caused, so a pooled caller thread is not left interrupted. The OkHttp call is cancelled through
            // the execution's onCancel hook.
            call.cancel(true);
        }
    }

    boolean isCancelled() {
        return cancelled;
    }
}

package io.stageboard.bench;

import io.stageboard.ui.common.UiExecutor;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.application.Platform;

/** The JavaFX thread for the benchmarks: headless Monocle, like the UI tests. */
final class Fx {

    static final UiExecutor UI = Platform::runLater;

    private Fx() {}

    static void start() {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("prism.text", "t2k");
        System.setProperty("java.awt.headless", "true");
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.join();
        Platform.setImplicitExit(false);
    }

    /** Runs {@code work} on the FX thread and waits for its result. */
    static <T> T call(Supplier<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.get());
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        });
        return result.join();
    }

    /** Polls {@code condition} on the FX thread every millisecond until it holds; fails after {@code seconds}. */
    static long waitFor(BooleanSupplier condition, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!call(condition::getAsBoolean)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The benchmark waited more than " + seconds + " s");
            }
            Thread.sleep(1);
        }
        return System.nanoTime();
    }
}

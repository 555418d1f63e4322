package io.stageboard.testing;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.Executor;

/**
 * A background executor that runs nothing until the test says so, so that a test can look at the state between
 * "the user acted" and "Lever answered" without sleeping.
 */
public final class ManualExecutor implements Executor {

    private final Queue<Runnable> tasks = new ArrayDeque<>();

    @Override
    public synchronized void execute(Runnable task) {
        tasks.add(task);
    }

    /** Runs queued tasks, and the tasks they queue, until none is left. */
    public void runAll() {
        Runnable next;
        while ((next = poll()) != null) {
            next.run();
        }
    }

    /** Runs the oldest queued task only; false when none was queued. */
    public boolean runNext() {
        Runnable next = poll();
        if (next != null) {
            next.run();
        }
        return next != null;
    }

    private synchronized Runnable poll() {
        return tasks.poll();
    }

    public synchronized int queued() {
        return tasks.size();
    }
}

package io.stageboard.testing;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.Executor;

/**
 * The one test executor: it runs nothing until the test says so, so that a test can look at the state between
 * "the user acted" and "Lever answered", or stop a job part-way through (to pause it, cancel it, or simulate a
 * crash), without sleeping.
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

    /** Forgets every queued task, as a crash would. */
    public synchronized void discardAll() {
        tasks.clear();
    }

    private synchronized Runnable poll() {
        return tasks.poll();
    }

    public synchronized int queued() {
        return tasks.size();
    }
}

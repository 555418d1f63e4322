package io.stageboard.testing;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.Executor;

/**
 * Like {@link ManualExecutor}, but a test can also run queued tasks one at a time, to stop a job part-way through
 * (to pause it, cancel it, or simulate a crash) without sleeping.
 */
public final class SteppingExecutor implements Executor {

    private final Queue<Runnable> tasks = new ArrayDeque<>();

    @Override
    public synchronized void execute(Runnable task) {
        tasks.add(task);
    }

    /** Runs the oldest queued task; returns false when there was none. */
    public boolean runNext() {
        Runnable next = poll();
        if (next == null) {
            return false;
        }
        next.run();
        return true;
    }

    /** Runs queued tasks, and the tasks they queue, until none is left. */
    public void runAll() {
        while (runNext()) {
            // each step may queue more
        }
    }

    /** Forgets every queued task, as a crash would. */
    public synchronized void discardAll() {
        tasks.clear();
    }

    private synchronized Runnable poll() {
        return tasks.poll();
    }
}

package io.stageboard.service.outbox;

import io.stageboard.store.ItemRow;
import io.stageboard.store.ItemState;
import io.stageboard.store.JobRow;
import io.stageboard.store.JobState;
import io.stageboard.store.Outbox;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * One run of an outbox job: sends its pending items, a few at a time so that latency does not slow the job below
 * the client's rate limit, records each outcome as it completes, and can be paused, resumed and cancelled. Items
 * that were being sent when the app stopped are checked on Lever before they are sent again.
 */
public final class JobRun {

    private final JobRow job;
    private final WriteCommand command;
    private final Outbox outbox;
    private final ItemSender sender;
    private final Executor executor;
    private final int maxInFlight;
    private final double nominalRate;
    private final Clock clock;
    private final Deque<ItemRow> queue;
    private final Map<ItemState, Integer> counts = new EnumMap<>(ItemState.class);
    private final int total;
    private final List<JobListener> listeners = new CopyOnWriteArrayList<>();
    private final CompletableFuture<JobReport> completion = new CompletableFuture<>();

    private int inFlight;
    private boolean started;
    private boolean paused;
    private boolean cancelled;
    private boolean cancelRecorded;
    private boolean over;
    private long runStartMillis;
    private int completedThisRun;

    JobRun(
            JobRow job,
            List<ItemRow> items,
            Outbox outbox,
            ItemSender sender,
            Executor executor,
            int maxInFlight,
            double nominalRate,
            Clock clock) {
        this.job = job;
        this.command = WriteCommands.decode(job.kind(), job.argument());
        this.outbox = outbox;
        this.sender = sender;
        this.executor = executor;
        // Steps that depend on each other go one at a time.
        this.maxInFlight = command.inOrder() ? 1 : maxInFlight;
        this.nominalRate = nominalRate;
        this.clock = clock;
        this.total = items.size();
        this.queue =
                new ArrayDeque<>(items.stream().filter(i -> !i.state().isDone()).toList());
        items.stream().filter(i -> i.state().isDone()).forEach(i -> counts.merge(i.state(), 1, Integer::sum));
        this.paused = job.state() == JobState.PAUSED;
    }

    /** Adds a listener; add them before {@link #start()} to hear every item. */
    public JobRun listen(JobListener listener) {
        listeners.add(listener);
        return this;
    }

    /** Starts sending (unless the job was stored as paused; then {@link #resume()} starts it). */
    public JobRun start() {
        synchronized (this) {
            started = true;
            runStartMillis = clock.millis();
        }
        executor.execute(this::pump);
        return this;
    }

    /** Stops sending new items; the ones in flight complete and are recorded. */
    public void pause() {
        synchronized (this) {
            if (over || cancelled || paused) {
                return;
            }
            paused = true;
        }
        executor.execute(this::persistState);
        publish();
    }

    /** Continues sending after a pause. */
    public void resume() {
        synchronized (this) {
            if (over || cancelled || !paused) {
                return;
            }
            paused = false;
            runStartMillis = clock.millis();
            completedThisRun = 0;
        }
        executor.execute(() -> {
            persistState();
            pump();
        });
        publish();
    }

    /** Sends nothing more: items not yet sent are recorded as cancelled; the ones in flight complete. */
    public void cancel() {
        synchronized (this) {
            if (over || cancelled) {
                return;
            }
            cancelled = true;
        }
        executor.execute(() -> {
            dropQueued(item -> item.state() == ItemState.SENDING
                    ? "Cancelled; it may have reached Lever before the app stopped."
                    : null);
            synchronized (this) {
                cancelRecorded = true;
            }
            publish();
            finishIfDone();
        });
        publish();
    }

    /** Completes with the report once every item has an outcome or the job is cancelled. */
    public CompletableFuture<JobReport> completion() {
        return completion;
    }

    /** @return the job as stored when the run began */
    public JobRow job() {
        return job;
    }

    /** @return the command the job applies */
    public WriteCommand command() {
        return command;
    }

    private void pump() {
        synchronized (this) {
            while (started && !paused && !cancelled && !over && inFlight < maxInFlight && !queue.isEmpty()) {
                ItemRow item = queue.poll();
                inFlight++;
                executor.execute(() -> process(item));
            }
        }
        finishIfDone();
    }

    private void process(ItemRow item) {
        ItemOutcome outcome;
        try {
            WriteCommand itemCommand = command.forItem(item.argument());
            if (!itemCommand.checksFirst()) {
                // Written down before the request: an item found SENDING after a crash is checked, not blindly
                // resent. A command that checks Lever before every send is safe to resend without the mark.
                outbox.markSending(job.id(), item.seq());
            }
            ItemSender.Result result =
                    sender.send(itemCommand, item.opportunityId(), item.label(), item.state() == ItemState.SENDING);
            outcome = result.outcome();
            // A crash re-check keeps the state seen when the job was made, so undo still knows what the job added.
            String before = itemCommand.checksFirst() ? result.checkedBefore() : null;
            outbox.record(job.id(), item.seq(), outcome.state(), before, result.after(), outcome.message());
            if (outcome.state() == ItemState.FAILED && command.inOrder()) {
                // The later steps depend on this one: they are not sent.
                dropQueued(later -> "Not sent, because the step before it failed.");
            }
        } catch (RuntimeException e) {
            // The journal cannot be written: stop, as a crash would; the job resumes from the journal later.
            synchronized (this) {
                over = true;
            }
            completion.completeExceptionally(e);
            return;
        }
        // Heard before the item stops counting as in flight, so no listener hears of the end before this item.
        listeners.forEach(l -> l.itemDone(outcome));
        synchronized (this) {
            inFlight--;
            completedThisRun++;
            counts.merge(outcome.state(), 1, Integer::sum);
        }
        publish();
        pump();
    }

    /** Records the items not yet sent as cancelled, each with the reason {@code why} gives (or none). */
    private void dropQueued(Function<ItemRow, String> why) {
        List<ItemRow> notSent;
        synchronized (this) {
            notSent = List.copyOf(queue);
            queue.clear();
        }
        for (ItemRow item : notSent) {
            outbox.record(job.id(), item.seq(), ItemState.CANCELLED, null, null, why.apply(item));
        }
        synchronized (this) {
            counts.merge(ItemState.CANCELLED, notSent.size(), Integer::sum);
        }
    }

    private void finishIfDone() {
        JobState end;
        synchronized (this) {
            boolean drained = cancelled ? cancelRecorded : queue.isEmpty();
            if (over || !started || inFlight > 0 || !drained || (paused && !cancelled)) {
                return;
            }
            over = true;
            end = cancelled ? JobState.CANCELLED : JobState.FINISHED;
        }
        try {
            outbox.setJobState(job.id(), end);
            settle();
            JobRow stored = outbox.job(job.id()).orElse(job);
            publish();
            completion.complete(JobReport.of(stored, outbox.items(job.id())));
        } catch (RuntimeException e) {
            completion.completeExceptionally(e);
        }
    }

    /**
     * Once no item failed, nothing can be sent again: the journal drops what only a send needed. A failed item keeps
     * it for Retry failed.
     */
    private void settle() {
        boolean failed;
        synchronized (this) {
            failed = counts.getOrDefault(ItemState.FAILED, 0) > 0;
        }
        if (!failed) {
            WriteCommands.settle(outbox, job.id(), command);
        }
    }

    private void persistState() {
        synchronized (this) {
            if (!over) {
                outbox.setJobState(job.id(), paused ? JobState.PAUSED : JobState.RUNNING);
            }
        }
    }

    /** @return where the run stands now */
    public synchronized JobProgress progress() {
        long elapsed = Math.max(1, clock.millis() - runStartMillis);
        double rate = completedThisRun == 0 ? 0 : completedThisRun * 1000.0 / elapsed;
        int left = queue.size() + inFlight;
        double pace = rate > 0 ? rate : nominalRate / Math.max(1, command.requestsPerItem());
        JobProgress.Phase phase = over
                ? (cancelled ? JobProgress.Phase.CANCELLED : JobProgress.Phase.FINISHED)
                : cancelled
                        ? JobProgress.Phase.CANCELLING
                        : paused ? JobProgress.Phase.PAUSED : JobProgress.Phase.RUNNING;
        return new JobProgress(
                job.id(),
                job.description(),
                total,
                counts.getOrDefault(ItemState.SUCCEEDED, 0),
                counts.getOrDefault(ItemState.UNCHANGED, 0),
                counts.getOrDefault(ItemState.FAILED, 0),
                counts.getOrDefault(ItemState.CANCELLED, 0),
                rate,
                Duration.ofMillis((long) (left / pace * 1000)),
                phase);
    }

    private void publish() {
        JobProgress now = progress();
        listeners.forEach(l -> l.progress(now));
    }
}

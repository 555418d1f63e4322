package io.stageboard.service.bulk;

import io.stageboard.service.outbox.BulkTarget;
import io.stageboard.service.outbox.ChangeTags;
import io.stageboard.service.outbox.JobListener;
import io.stageboard.service.outbox.JobRun;
import io.stageboard.service.outbox.Json;
import io.stageboard.service.outbox.OutboxWorker;
import io.stageboard.service.outbox.Snapshot;
import io.stageboard.service.outbox.WriteCommand;
import io.stageboard.service.outbox.WriteCommands;
import io.stageboard.store.ItemRow;
import io.stageboard.store.ItemState;
import io.stageboard.store.JobRow;
import io.stageboard.store.JobState;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * Bulk actions on many opportunities: preview, run through the outbox, resume after a restart, retry the failed
 * items, and undo a tag change exactly.
 */
public final class BulkService {

    /** Moving or archiving more than this many asks the user to confirm. */
    public static final int CONFIRM_ABOVE = 5;

    private final OutboxWorker worker;
    private final Executor background;

    /**
     * @param worker     the write engine
     * @param background where the outbox is read and written; never the FX thread
     */
    public BulkService(OutboxWorker worker, Executor background) {
        this.worker = worker;
        this.background = background;
    }

    /**
     * Says what a bulk action would do, from the state the app last saw; sends nothing and reads no disk.
     *
     * @param command what to do to each target
     * @param targets the selected opportunities
     */
    public BulkPreview preview(WriteCommand command, List<BulkTarget> targets) {
        int unchanged = (int) targets.stream()
                .filter(t -> t.snapshot() != null
                        && command.unchangedReason(t.snapshot()).isPresent())
                .count();
        int toSend = targets.size() - unchanged;
        Duration estimate =
                Duration.ofMillis(Math.round(toSend * command.requestsPerItem() * 1000 / worker.nominalRate()));
        return new BulkPreview(
                command.summary(targets.size()),
                targets.size(),
                toSend,
                unchanged,
                estimate,
                command.isWeighty() && toSend > CONFIRM_ABOVE);
    }

    /**
     * Writes the job into the outbox and starts it.
     *
     * @param listener hears every item and progress change, from the first
     * @return the running job
     */
    public CompletableFuture<JobRun> start(WriteCommand command, List<BulkTarget> targets, JobListener listener) {
        return CompletableFuture.supplyAsync(
                () -> {
                    long id = worker.enqueue(command, targets, null);
                    return worker.open(id).listen(listener).start();
                },
                background);
    }

    /** @return this account's jobs left running or paused when the app last stopped, oldest first */
    public CompletableFuture<List<BulkJob>> unfinishedJobs() {
        return CompletableFuture.supplyAsync(
                () -> worker.unfinishedJobs().stream()
                        .map(job -> new BulkJob(job.id(), job.description()))
                        .toList(),
                background);
    }

    /**
     * Continues an unfinished job where it stopped; items that were being sent are checked on Lever first.
     *
     * @return the running job
     */
    public CompletableFuture<JobRun> resume(long jobId, JobListener listener) {
        return CompletableFuture.supplyAsync(
                () -> {
                    worker.outbox().setJobState(jobId, JobState.RUNNING);
                    return worker.open(jobId).listen(listener).start();
                },
                background);
    }

    /**
     * Sends the failed items of a finished job again, as part of the same job, so that its report and its undo
     * cover every item.
     *
     * @return the running job
     */
    public CompletableFuture<JobRun> retryFailed(long jobId, JobListener listener) {
        return CompletableFuture.supplyAsync(
                () -> {
                    worker.outbox().moveItems(jobId, ItemState.FAILED, ItemState.PENDING);
                    worker.outbox().setJobState(jobId, JobState.RUNNING);
                    return worker.open(jobId).listen(listener).start();
                },
                background);
    }

    /** @return true for jobs that {@link #undo} can reverse exactly: finished tag changes */
    static boolean canUndo(JobRow job) {
        return job.kind().equals("tags") && !job.state().isUnfinished();
    }

    /**
     * Reverses a tag job exactly: removes only the tags it added and adds back only the tags it removed, item by
     * item, so that tags an opportunity had before the job are left alone.
     *
     * @return the running undo job, or a failed future when the job cannot be undone
     */
    public CompletableFuture<JobRun> undo(long jobId, JobListener listener) {
        return CompletableFuture.supplyAsync(
                () -> {
                    JobRow job = worker.outbox()
                            .job(jobId)
                            .orElseThrow(() -> new IllegalArgumentException("There is no job " + jobId + " to undo."));
                    if (!canUndo(job)) {
                        throw new IllegalArgumentException("Only finished tag changes can be undone.");
                    }
                    ChangeTags original = (ChangeTags) WriteCommands.decode(job.kind(), job.argument());
                    List<BulkTarget> targets = new ArrayList<>();
                    List<String> arguments = new ArrayList<>();
                    for (ItemRow item : worker.outbox().items(jobId)) {
                        // Unchanged items count too: one re-checked after a crash may have been changed by this job.
                        boolean done = item.state() == ItemState.SUCCEEDED || item.state() == ItemState.UNCHANGED;
                        if (!done || item.before() == null || item.after() == null) {
                            continue;
                        }
                        ChangeTags itemCommand = (ChangeTags) original.forItem(item.argument());
                        Snapshot before = Json.read(item.before(), Snapshot.class);
                        Snapshot after = Json.read(item.after(), Snapshot.class);
                        ChangeTags reverse = new ChangeTags(
                                itemCommand.removedBetween(before, after), itemCommand.addedBetween(before, after));
                        if (reverse.add().isEmpty() && reverse.remove().isEmpty()) {
                            continue;
                        }
                        targets.add(new BulkTarget(item.opportunityId(), item.label(), after));
                        arguments.add(Json.write(reverse));
                    }
                    ChangeTags jobReverse = new ChangeTags(original.remove(), original.add());
                    long id = worker.enqueue(jobReverse, targets, arguments);
                    return worker.open(id).listen(listener).start();
                },
                background);
    }
}

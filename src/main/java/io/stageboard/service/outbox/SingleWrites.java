package io.stageboard.service.outbox;

import io.stageboard.api.Opportunity;
import io.stageboard.store.ItemState;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The detail pane's single edits as outbox jobs: each is journalled, sent by the worker's rules and logged like a bulk
 * job, but runs right on the calling background thread, since one write needs no pool of its own.
 */
public final class SingleWrites {

    private SingleWrites() {}

    /**
     * Writes the job and runs it to the end on this thread (a background thread, never the FX thread).
     *
     * @return the outcome of every item that was sent or checked, in order; items known unchanged when the job was
     * written, and steps not sent after a failed one, have none
     */
    public static List<ItemOutcome> run(
            OutboxWorker worker, WriteCommand command, List<BulkTarget> targets, List<String> itemArguments) {
        return follow(worker.submit(command, targets, itemArguments, Runnable::run));
    }

    private static List<ItemOutcome> follow(JobRun job) {
        List<ItemOutcome> heard = new CopyOnWriteArrayList<>();
        job.listen(new JobListener() {
                    @Override
                    public void itemDone(ItemOutcome done) {
                        heard.add(done);
                    }
                })
                .start()
                .completion()
                .join();
        return List.copyOf(heard);
    }

    /**
     * What became of the one item of a one-item job.
     *
     * @param outcome what became of it
     * @param after   the fields the journal recorded after it (JSON), or null
     */
    public record One(ItemOutcome outcome, String after) {}

    /**
     * Writes a one-item job whose item is always sent (a create, an upload) and runs it on this thread.
     *
     * @return its outcome and what the journal recorded; throws nothing for a refusal, see {@link #answer}
     */
    public static One runOne(OutboxWorker worker, WriteCommand command, BulkTarget target) {
        JobRun job = worker.submit(command, List.of(target), null, Runnable::run);
        long id = job.job().id();
        ItemOutcome outcome = follow(job).get(0);
        if (outcome.state() == ItemState.FAILED) {
            // The user repeats a failed single write (the form or the pane keeps what they chose); the journal is
            // never asked to retry it, so it need not keep what only a send needs (an upload's bytes).
            WriteCommands.settle(worker.outbox(), id, command);
        }
        return new One(outcome, worker.outbox().items(id).get(0).after());
    }

    /**
     * Runs a one-item job on an opportunity as just read from Lever.
     *
     * @return the opportunity as Lever answered, or as read when no write was needed
     * @throws io.stageboard.api.LeverException when Lever refused
     */
    public static Opportunity write(OutboxWorker worker, WriteCommand command, Opportunity current) {
        List<ItemOutcome> heard = run(worker, command, List.of(BulkTarget.of(current)), null);
        if (heard.isEmpty()) {
            // Known unchanged when the job was written: nothing was sent.
            return current;
        }
        return answer(heard.get(0), current);
    }

    /** The opportunity an outcome left, or throws its failure. */
    public static Opportunity answer(ItemOutcome outcome, Opportunity fallback) {
        if (outcome.state() == ItemState.FAILED) {
            throw outcome.error();
        }
        return outcome.current() == null ? fallback : outcome.current();
    }
}

package io.stageboard.service.outbox;

import io.stageboard.api.LeverClient;
import io.stageboard.store.CreatedJob;
import io.stageboard.store.Database;
import io.stageboard.store.ItemState;
import io.stageboard.store.JobRow;
import io.stageboard.store.NewItem;
import io.stageboard.store.Outbox;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * The one engine for every Lever write: writes a job and its items into the outbox, then runs it through the
 * client, whose rate limiter sets the pace. Blocking methods here touch the disk; call them off the FX thread.
 */
public final class OutboxWorker {

    /** Requests in flight at once: enough to keep up with the rate limit when Lever is slow to answer. */
    public static final int DEFAULT_IN_FLIGHT = 4;
    /** Lever's documented steady rate, for time estimates when no measurement is at hand. */
    public static final double DEFAULT_RATE = 10;

    private final Outbox outbox;
    private final ItemSender sender;
    private final String performAs;
    private final String account;
    private final Executor executor;
    private final int maxInFlight;
    private final double nominalRate;
    private final Clock clock;

    /**
     * @param outbox    the journal
     * @param client    the Lever client of the workspace (paced and retrying)
     * @param performAs the Lever user id writes are recorded for, or null for the key's owner
     * @param executor  where items are sent; at least {@code maxInFlight} threads for full speed
     * @param clock     for rates and estimates
     */
    public OutboxWorker(Outbox outbox, LeverClient client, String performAs, Executor executor, Clock clock) {
        this(outbox, client, performAs, executor, DEFAULT_IN_FLIGHT, DEFAULT_RATE, clock);
    }

    /**
     * @param maxInFlight how many items are sent at once
     * @param nominalRate the client's configured requests per second, for estimates
     */
    public OutboxWorker(
            Outbox outbox,
            LeverClient client,
            String performAs,
            Executor executor,
            int maxInFlight,
            double nominalRate,
            Clock clock) {
        this.outbox = outbox;
        this.sender = new ItemSender(client, performAs);
        this.performAs = performAs;
        this.account = client.baseUrl();
        this.executor = executor;
        this.maxInFlight = maxInFlight;
        this.nominalRate = nominalRate;
        this.clock = clock;
    }

    /**
     * Writes a job into the outbox, before anything is sent. Targets whose known state needs no write are stored
     * as unchanged at once, and no request is ever sent for them.
     *
     * @param itemArguments per-target arguments (JSON) by position, or null when the command applies as it is
     * @return the job's id
     */
    public long enqueue(WriteCommand command, List<BulkTarget> targets, List<String> itemArguments) {
        return create(command, targets, itemArguments).job().id();
    }

    /**
     * Writes a job as {@link #enqueue} does and opens it for running on {@code runOn} from the rows just written,
     * without reading them back; call {@link JobRun#start()} after listening.
     */
    public JobRun submit(WriteCommand command, List<BulkTarget> targets, List<String> itemArguments, Executor runOn) {
        CreatedJob created = create(command, targets, itemArguments);
        return new JobRun(created.job(), created.items(), outbox, sender, runOn, maxInFlight, nominalRate, clock);
    }

    private CreatedJob create(WriteCommand command, List<BulkTarget> targets, List<String> itemArguments) {
        List<NewItem> items = new ArrayList<>(targets.size());
        for (int i = 0; i < targets.size(); i++) {
            BulkTarget target = targets.get(i);
            String argument = itemArguments == null ? null : itemArguments.get(i);
            WriteCommand itemCommand = command.forItem(argument);
            // A command that checks Lever first decides there; skipping on stale local data would be wrong.
            Optional<String> unchanged = itemCommand.checksFirst() || target.snapshot() == null
                    ? Optional.empty()
                    : itemCommand.unchangedReason(target.snapshot());
            items.add(new NewItem(
                    target.id(),
                    target.name(),
                    itemCommand.describe(target.name()),
                    argument,
                    unchanged.isPresent() ? ItemState.UNCHANGED : ItemState.PENDING,
                    itemCommand.recordedBefore(target),
                    unchanged.orElse(null)));
        }
        // A job on one candidate (a detail pane edit, a board move) names them where it is offered for resuming.
        boolean oneCandidate = targets.stream().map(BulkTarget::id).distinct().count() == 1;
        String description = oneCandidate ? command.describe(targets.get(0).name()) : command.summary(targets.size());
        return outbox.createJob(command.kind(), WriteCommands.encode(command), description, performAs, account, items);
    }

    /**
     * A worker whose journal lives in memory only: writes are journalled, paced and logged, but nothing resumes after
     * a restart. For services built without the app's database.
     */
    public static OutboxWorker inMemory(LeverClient client, String performAs, Executor executor) {
        return new OutboxWorker(
                new Outbox(Database.inMemory(), Clock.systemUTC()), client, performAs, executor, Clock.systemUTC());
    }

    /** @return this account's jobs left running or paused, oldest first */
    public List<JobRow> unfinishedJobs() {
        return outbox.unfinishedJobs(account);
    }

    /** Opens a stored job for running on the worker's executor; call {@link JobRun#start()} after listening. */
    public JobRun open(long jobId) {
        JobRow job = outbox.job(jobId).orElseThrow(() -> new IllegalArgumentException("There is no job " + jobId));
        return new JobRun(job, outbox.items(jobId), outbox, sender, executor, maxInFlight, nominalRate, clock);
    }

    /** @return the journal */
    public Outbox outbox() {
        return outbox;
    }

    /** @return the configured requests per second, for estimates */
    public double nominalRate() {
        return nominalRate;
    }

    /** @return the Lever user id writes are recorded for, or null */
    public String performAs() {
        return performAs;
    }
}

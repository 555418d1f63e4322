package io.stageboard.service.tags;

import io.stageboard.api.CreatedOpportunity;
import io.stageboard.api.LeverClient;
import io.stageboard.api.LeverException;
import io.stageboard.api.NewOpportunity;
import io.stageboard.api.OpportunityQuery;
import io.stageboard.service.bulk.BulkService;
import io.stageboard.service.outbox.BulkTarget;
import io.stageboard.service.outbox.ChangeTags;
import io.stageboard.service.outbox.ItemOutcome;
import io.stageboard.service.outbox.JobListener;
import io.stageboard.service.outbox.JobReport;
import io.stageboard.service.outbox.JobRun;
import io.stageboard.store.ItemRow;
import io.stageboard.store.JobState;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Account-wide tag work for the tag library: renaming a tag on every opportunity that carries it, and keeping tags
 * in Lever's list through a placeholder opportunity (Lever's FAQ: tags cannot be added to the list directly).
 */
public final class TagLibraryService {

    /** The name of the placeholder opportunity that carries tags to keep them in Lever's list. */
    public static final String PLACEHOLDER_NAME = "Stageboard tag list";

    private final LeverClient client;
    private final BulkService bulk;
    private final Executor background;
    private final String performAs;

    /**
     * @param client     for reads and the placeholder opportunity
     * @param bulk       the bulk engine, whose outbox journals the rename
     * @param background where requests run; never the FX thread
     * @param performAs  the Lever user id the changes are recorded as; required to create the placeholder
     */
    public TagLibraryService(LeverClient client, BulkService bulk, Executor background, String performAs) {
        this.client = client;
        this.bulk = bulk;
        this.background = background;
        this.performAs = performAs;
    }

    /**
     * Progress of a rename across opportunities.
     *
     * @param done    opportunities done so far
     * @param total   opportunities carrying the old tag
     * @param current the candidate done last, or empty
     */
    public record Progress(int done, int total, String current) {}

    /**
     * The outcome of a rename across opportunities.
     *
     * @param total     opportunities found carrying the old tag
     * @param renamed   opportunities that now carry only the new tag
     * @param failures  one sentence per opportunity that could not be renamed, saying which tags it has now
     * @param cancelled whether the user stopped the job before the end
     */
    public record RenameReport(int total, int renamed, List<String> failures, boolean cancelled) {

        public RenameReport {
            failures = List.copyOf(failures);
        }
    }

    /**
     * Renames tag {@code from} to {@code to} on every opportunity that carries it: a bulk job of the outbox whose items
     * each add the new tag, then remove the old one.
     *
     * @param onProgress called on a background thread after each opportunity
     * @param cancelled  checked as the job goes; when true the job sends no more and reports what it did
     */
    public CompletableFuture<RenameReport> renameEverywhere(
            String from, String to, Consumer<Progress> onProgress, BooleanSupplier cancelled) {
        // Collected first: renaming while paging a tag-filtered list would shift the pages under the walk.
        return CompletableFuture.supplyAsync(
                        () -> client
                                .opportunities(
                                        OpportunityQuery.builder().tag(from).build())
                                .fetchAll()
                                .stream()
                                .map(BulkTarget::of)
                                .toList(),
                        background)
                .thenCompose(targets -> {
                    if (cancelled.getAsBoolean()) {
                        return CompletableFuture.completedFuture(new RenameReport(targets.size(), 0, List.of(), true));
                    }
                    AtomicReference<JobRun> running = new AtomicReference<>();
                    AtomicInteger done = new AtomicInteger();
                    JobListener listener = new JobListener() {
                        @Override
                        public void itemDone(ItemOutcome outcome) {
                            onProgress.accept(new Progress(done.incrementAndGet(), targets.size(), outcome.label()));
                            cancelIfAsked(running.get(), cancelled);
                        }
                    };
                    return bulk.start(new ChangeTags(List.of(to), List.of(from)), targets, listener)
                            .thenCompose(run -> {
                                running.set(run);
                                cancelIfAsked(run, cancelled);
                                return run.completion();
                            })
                            .thenApplyAsync(report -> report(report, from, to), background);
                });
    }

    private static void cancelIfAsked(JobRun run, BooleanSupplier cancelled) {
        if (run != null && cancelled.getAsBoolean()) {
            run.cancel();
        }
    }

    private RenameReport report(JobReport job, String from, String to) {
        List<String> failures = new ArrayList<>();
        for (ItemRow failed : job.failed()) {
            failures.add(failure(failed, from, to));
        }
        int total = job.succeeded() + job.unchanged() + job.failed().size() + job.cancelled();
        return new RenameReport(
                total, job.succeeded() + job.unchanged(), failures, job.job().state() == JobState.CANCELLED);
    }

    /** Says which tags a candidate whose rename failed carries now: one item, two requests, so Lever is asked. */
    private String failure(ItemRow failed, String from, String to) {
        try {
            boolean added = client.opportunity(failed.opportunityId()).tags().contains(to);
            return failed.label()
                    + (added
                            ? " now has both \"" + from + "\" and \"" + to + "\": "
                            : " still has \"" + from + "\" only: ")
                    + failed.message();
        } catch (LeverException e) {
            return failed.label() + " may have both \"" + from + "\" and \"" + to + "\": " + failed.message()
                    + " (its tags could not be read again: " + e.userMessage() + ")";
        }
    }

    /**
     * Creates a placeholder general opportunity named {@value #PLACEHOLDER_NAME} carrying {@code tags}, which is how
     * Lever's FAQ says to add tags to the account's list.
     */
    public CompletableFuture<CreatedOpportunity> keepInLeversList(List<String> tags) {
        return CompletableFuture.supplyAsync(
                () -> {
                    if (performAs == null) {
                        throw new IllegalStateException(
                                "Lever needs a user to create the placeholder opportunity as, and"
                                        + " this workspace has none; open it with a user to act as.");
                    }
                    return client.createOpportunity(NewOpportunity.named(PLACEHOLDER_NAME, tags), performAs);
                },
                background);
    }
}

package io.stageboard.service;

import io.stageboard.api.CreatedOpportunity;
import io.stageboard.api.LeverClient;
import io.stageboard.api.LeverException;
import io.stageboard.api.NewOpportunity;
import io.stageboard.api.Opportunity;
import io.stageboard.api.OpportunityQuery;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
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
    private final Executor background;
    private final String performAs;

    /**
     * @param client     the Lever client of the current workspace
     * @param background where requests run; never the FX thread
     * @param performAs  the Lever user id the changes are recorded as; required to create the placeholder
     */
    public TagLibraryService(LeverClient client, Executor background, String performAs) {
        this.client = client;
        this.background = background;
        this.performAs = performAs;
    }

    /** Progress of a rename across opportunities. */
    public record Progress(int done, int total, String current) {
    }

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
     * Renames tag {@code from} to {@code to} on every opportunity that carries it, one after the other, each by
     * "add the new tag, then remove the old one". Kept as one method so that it can move to the bulk engine.
     *
     * @param onProgress called on a background thread after each opportunity
     * @param cancelled  checked before each opportunity; when true the job stops and reports what it did
     */
    public CompletableFuture<RenameReport> renameEverywhere(String from, String to, Consumer<Progress> onProgress,
                                                            BooleanSupplier cancelled) {
        return CompletableFuture.supplyAsync(() -> {
            // Collected first: renaming while paging a tag-filtered list would shift the pages under the walk.
            List<Opportunity> carrying = client.opportunities(OpportunityQuery.builder().tag(from).build()).fetchAll();
            List<String> failures = new ArrayList<>();
            int renamed = 0;
            int done = 0;
            for (Opportunity o : carrying) {
                if (cancelled.getAsBoolean()) {
                    return new RenameReport(carrying.size(), renamed, failures, true);
                }
                onProgress.accept(new Progress(done, carrying.size(), o.name()));
                try {
                    TagRename result = TagService.renameNow(client, o.id(), from, to, performAs);
                    if (result.renamed()) {
                        renamed++;
                    } else {
                        failures.add(o.name() + " now has both \"" + from + "\" and \"" + to + "\": "
                                + result.removeFailure().userMessage());
                    }
                } catch (LeverException e) {
                    failures.add(o.name() + " still has \"" + from + "\" only: " + e.userMessage());
                }
                done++;
            }
            onProgress.accept(new Progress(done, carrying.size(), ""));
            return new RenameReport(carrying.size(), renamed, failures, false);
        }, background);
    }

    /**
     * Creates a placeholder general opportunity named {@value #PLACEHOLDER_NAME} carrying {@code tags}, which is how
     * Lever's FAQ says to add tags to the account's list.
     */
    public CompletableFuture<CreatedOpportunity> keepInLeversList(List<String> tags) {
        return CompletableFuture.supplyAsync(() -> {
            if (performAs == null) {
                throw new IllegalStateException("Lever needs a user to create the placeholder opportunity as, and"
                        + " this workspace has none; open it with a user to act as.");
            }
            return client.createOpportunity(NewOpportunity.named(PLACEHOLDER_NAME, tags), performAs);
        }, background);
    }
}

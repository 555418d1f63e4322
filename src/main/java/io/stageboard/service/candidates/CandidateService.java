package io.stageboard.service.candidates;

import io.stageboard.api.CreatedOpportunity;
import io.stageboard.api.LeverClient;
import io.stageboard.api.NewOpportunity;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/** Adds candidates to Lever ({@code POST /opportunities}). */
public final class CandidateService {

    private final LeverClient client;
    private final Executor background;

    /**
     * @param client     the Lever client of the current workspace
     * @param background where requests run; never the FX thread
     */
    public CandidateService(LeverClient client, Executor background) {
        this.client = client;
        this.background = background;
    }

    /**
     * Creates the candidate's opportunity. Lever matches an existing contact by email: the answer's
     * {@link CreatedOpportunity#deduped()} then says the opportunity joined that person, whose details were kept.
     *
     * @param candidate validated values (see {@link CandidateValidator})
     * @param performAs the Lever user recorded as creator; required by Lever
     */
    public CompletableFuture<CreatedOpportunity> create(NewOpportunity candidate, String performAs) {
        if (performAs == null || performAs.isBlank()) {
            return CompletableFuture.failedFuture(new IllegalArgumentException(
                    "Lever needs a user to create a candidate as; choose one under \"Create as\"."));
        }
        return CompletableFuture.supplyAsync(() -> client.createOpportunity(candidate, performAs), background);
    }
}

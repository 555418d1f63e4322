package io.stageboard.service.candidates;

import io.stageboard.api.CreatedOpportunity;
import io.stageboard.api.LeverClient;
import io.stageboard.api.NewOpportunity;
import io.stageboard.service.outbox.BulkTarget;
import io.stageboard.service.outbox.CreateCandidate;
import io.stageboard.service.outbox.ItemOutcome;
import io.stageboard.service.outbox.Json;
import io.stageboard.service.outbox.OutboxWorker;
import io.stageboard.service.outbox.SingleWrites;
import io.stageboard.store.ItemState;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.DoubleConsumer;

/**
 * Adds candidates to Lever ({@code POST /opportunities}), with a résumé and files when there are some. Every create
 * is a job of the outbox, so one that was in flight when the app stopped is looked for on Lever before it is sent
 * again.
 */
public final class CandidateService {

    private final LeverClient client;
    private final OutboxWorker worker;
    private final Executor background;
    private final Clock clock;
    private final CandidateFiles files;

    /**
     * A service whose creates are journalled in memory only, for callers without the app's database.
     *
     * @param client     the Lever client of the current workspace
     * @param background where requests run; never the FX thread
     */
    public CandidateService(LeverClient client, Executor background) {
        this(client, OutboxWorker.inMemory(client, null, background), background, Clock.systemUTC());
    }

    /**
     * @param worker the write engine, with the app's outbox
     * @param clock  when a create was asked for, to recognise it on Lever after a crash
     */
    public CandidateService(LeverClient client, OutboxWorker worker, Executor background, Clock clock) {
        this.client = client;
        this.worker = worker;
        this.background = background;
        this.clock = clock;
        this.files = new CandidateFiles(background);
    }

    /** @return reads and checks attached files on this service's background executor */
    public CandidateFiles files() {
        return files;
    }

    /**
     * Creates the candidate's opportunity without files. Lever matches an existing contact by email: the answer's
     * {@link CreatedOpportunity#deduped()} then says the opportunity joined that person, whose details were kept.
     *
     * @param candidate validated values (see {@link CandidateValidator})
     * @param performAs the Lever user recorded as creator; required by Lever
     */
    public CompletableFuture<CreatedOpportunity> create(NewOpportunity candidate, String performAs) {
        return create(candidate, List.of(), null, false, performAs, fraction -> {});
    }

    /**
     * Creates the candidate with a résumé and files, in one multipart request journalled in the outbox.
     *
     * @param files    files read and checked by {@link CandidateFiles}, not the résumé
     * @param resume   the résumé, or null
     * @param parse    ask Lever to fill the fields left empty from the résumé
     * @param progress told the share of the upload sent so far, 0 to 1, on a background thread
     * @return Lever's answer; fails with the client's exception (the form keeps its entries)
     */
    public CompletableFuture<CreatedOpportunity> create(
            NewOpportunity candidate,
            List<CandidateFile> files,
            CandidateFile resume,
            boolean parse,
            String performAs,
            DoubleConsumer progress) {
        if (performAs == null || performAs.isBlank()) {
            return CompletableFuture.failedFuture(new IllegalArgumentException(
                    "Lever needs a user to create a candidate as; choose one under \"Create as\"."));
        }
        long total =
                Math.max(1, files.stream().mapToLong(CandidateFile::size).sum() + (resume == null ? 0 : resume.size()));
        List<CreateCandidate.File> journalled = new ArrayList<>();
        if (resume != null) {
            journalled.add(file(resume, true));
        }
        files.forEach(f -> journalled.add(file(f, false)));
        CreateCandidate command = new CreateCandidate(
                candidate,
                journalled,
                parse,
                performAs,
                clock.millis(),
                sent -> progress.accept(Math.min(1, sent / (double) total)));
        String label = candidate.name().isBlank() ? "the candidate from " + resume.name() : candidate.name();
        return CompletableFuture.supplyAsync(() -> run(command, label), background);
    }

    private CreatedOpportunity run(CreateCandidate command, String label) {
        SingleWrites.One done = SingleWrites.runOne(worker, command, new BulkTarget(CreateCandidate.NEW, label, null));
        ItemOutcome outcome = done.outcome();
        SingleWrites.answer(outcome, null);
        // A create found on Lever after a crash records the opportunity alone: it was not deduped by this request.
        boolean deduped = outcome.state() == ItemState.SUCCEEDED
                && done.after() != null
                && Json.read(done.after(), CreateCandidate.Created.class).deduped();
        return new CreatedOpportunity(outcome.current(), deduped);
    }

    private static CreateCandidate.File file(CandidateFile f, boolean resume) {
        return new CreateCandidate.File(
                f.path().toString(), f.name(), f.upload().contentType(), resume);
    }
}

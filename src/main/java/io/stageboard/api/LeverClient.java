package io.stageboard.api;

import java.time.Duration;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The one class that speaks to the Lever API: typed reads and writes over HTTP with auth, paging, pacing and
 * retry. Thread-safe; all calls block, so run them off the FX thread. One instance per account; close it when the
 * account is closed.
 *
 * <p>Longer than the house's 350 lines on purpose: it is the one class that speaks to Lever, one short documented method per endpoint; the HTTP, paging, pacing and errors sit in {@link LeverHttp}, {@link Pager} and {@link ErrorMapper}.
 */
public final class LeverClient implements AutoCloseable {

    /** Lever's maximum page size; endpoint defaults vary, so it is always sent. */
    private static final int PAGE_SIZE = 100;
    /** Every posting state, sent explicitly because Lever's default state filter is undocumented. */
    private static final List<String> POSTING_STATES =
            List.of("published", "internal", "closed", "draft", "pending", "rejected");
    /** Allowance for Lever's clock running behind ours when looking for a note that may have landed. */
    private static final long CLOCK_SKEW_MILLIS = 30_000;

    private final LeverHttp http;
    private final JsonCodec codec;
    private final ConfidentialAccess confidential;

    /** Made by {@link LeverClientBuilder#build()}. */
    LeverClient(LeverHttp http) {
        this(http, new ConfidentialAccess());
    }

    private LeverClient(LeverHttp http, ConfidentialAccess confidential) {
        this.http = http;
        this.codec = http.codec();
        this.confidential = confidential;
    }

    /** @return a builder; {@link LeverClientBuilder#apiKey(String)} is required */
    public static LeverClientBuilder builder() {
        return new LeverClientBuilder();
    }

    /**
     * The same client (connections, rate limit) for background reading: each of its requests waits while any request
     * of this client waits for the rate limiter, so user writes and the board's own reads go first. Closing it does
     * nothing; close this one.
     */
    public LeverClient background() {
        return new LeverClient(http.background(), confidential);
    }

    /**
     * A client for the same account that gives up fast, for checks a person waits on: one attempt, 4 s to connect,
     * 8 s for each request as a whole (name lookup and TLS included). Close it as well as this one.
     */
    public LeverClient quickFailing() {
        return new LeverClient(
                http.withSettings(http.settings().quickFailing(Duration.ofSeconds(4), Duration.ofSeconds(8))));
    }

    /** @return the base URL requests go to, without a trailing slash */
    public String baseUrl() {
        return http.baseUrl().toString();
    }

    /**
     * Checks a base URL the way {@link LeverClientBuilder#baseUrl(String)} will: https anywhere, plain http only to this
     * computer.
     *
     * @return the address without a trailing slash
     * @throws LeverConfigurationException with a sentence saying what to change
     */
    public static String checkBaseUrl(String url) {
        return BaseUrlPolicy.check(url).toString();
    }

    /**
     * Reads at most one item of a list endpoint (e.g. {@code "tags"}, {@code "postings"}) and discards it: the
     * cheapest way to learn whether the key may read that endpoint.
     *
     * @throws LeverPermissionException when the key may not
     */
    public void readFirst(String endpoint) {
        http.execute(ApiRequest.get(requireId(endpoint)).query("limit", 1), body -> null, null, null);
    }

    /**
     * Like {@link #readFirst(String)} with {@code confidentiality=all}: learns whether the key may see confidential
     * records.
     *
     * @throws LeverPermissionException when the key may not
     */
    public void readFirstConfidential(String endpoint) {
        http.execute(
                ApiRequest.get(requireId(endpoint)).query("limit", 1).query("confidentiality", "all"),
                body -> null,
                null,
                null);
    }

    /** @return the account's pipeline stages, in Lever's order */
    public List<Stage> stages() {
        return all(ApiRequest.get("stages"), Stage.class);
    }

    /** @return every archive reason, inactive ones included */
    public List<ArchiveReason> archiveReasons() {
        return all(ApiRequest.get("archive_reasons"), ArchiveReason.class);
    }

    /** @return the account's tags with their counts */
    public List<Tag> tags() {
        return all(ApiRequest.get("tags"), Tag.class);
    }

    /** @return the account's candidate sources with their counts */
    public List<Source> sources() {
        return all(ApiRequest.get("sources"), Source.class);
    }

    /**
     * @param includeDeactivated also list deactivated users (Lever lists only active ones by default)
     * @return the account's users
     */
    public List<User> users(boolean includeDeactivated) {
        return all(ApiRequest.get("users").query("includeDeactivated", includeDeactivated ? "true" : null), User.class);
    }

    /** @return every posting the key may see, in every state, confidential ones too when the key may see them */
    public List<Posting> postings() {
        ApiRequest request = ApiRequest.get("postings");
        POSTING_STATES.forEach(state -> request.query("state", state));
        return new Pager<Posting>((offset, scope) -> confidentialPage(request, offset, Posting.class, scope))
                .fetchAll();
    }

    /**
     * @return whether the key may see confidential postings and opportunities, once a list of them answered; null
     *         before that
     */
    public Boolean confidentialAccess() {
        return confidential.known();
    }

    /**
     * @param id opportunity id
     * @return the opportunity
     * @throws LeverNotFoundException when it does not exist (any more)
     */
    public Opportunity opportunity(String id) {
        return http.execute(
                ApiRequest.get("opportunities", requireId(id)).subject("This opportunity"),
                body -> codec.single(body, Opportunity.class),
                null,
                null);
    }

    /**
     * Fetches one page of opportunities.
     *
     * @param query filters; {@link OpportunityQuery#all()} for none
     * @param offset the {@code next} token of the previous page, or null for the first page
     * @return the page
     */
    public Page<Opportunity> opportunitiesPage(OpportunityQuery query, String offset) {
        return confidentialPage(opportunitiesRequest(query), offset, Opportunity.class, null);
    }

    /**
     * The first page of opportunities in one round trip, for a first paint. While the client does not know yet
     * whether the key may see confidential records, the page is read without them: asking for them first would cost
     * a second round trip when Lever refuses. Pair it with {@link #learnConfidentialAccess()} sent alongside, so the
     * lists that follow are read with confidential records when the key may see them.
     *
     * @param query filters; {@link OpportunityQuery#all()} for none
     */
    public Page<Opportunity> firstOpportunitiesPage(OpportunityQuery query) {
        ApiRequest request = opportunitiesRequest(query);
        return confidential.known() == null
                ? page(request, null, Opportunity.class, null)
                : confidentialPage(request, null, Opportunity.class, null);
    }

    /**
     * Asks Lever, with one opportunity, whether the key may see confidential records, unless the client knows
     * already; every later list of this client is read accordingly.
     */
    public void learnConfidentialAccess() {
        if (confidential.known() != null) {
            return;
        }
        try {
            readFirstConfidential("opportunities");
            confidential.learned(true);
        } catch (LeverPermissionException e) {
            confidential.learned(false);
        }
    }

    /**
     * @param query filters; {@link OpportunityQuery#all()} for none
     * @return a pager that fetches pages lazily, one request per {@link Pager#nextPage()}
     */
    public Pager<Opportunity> opportunities(OpportunityQuery query) {
        ApiRequest request = opportunitiesRequest(query);
        return new Pager<>((offset, scope) -> confidentialPage(request, offset, Opportunity.class, scope));
    }

    /**
     * Lists opportunities deleted in Lever ({@code GET /opportunities/deleted}), all pages. The records carry the
     * opportunity as it was; their ids are what a cache needs to drop.
     *
     * @param deletedAtStart only those deleted at or after this time, ms since the epoch; null for all
     * @return the deleted opportunities, oldest deletion first
     */
    public List<Opportunity> deletedOpportunities(Long deletedAtStart) {
        return all(
                ApiRequest.get("opportunities", "deleted").query("deleted_at_start", deletedAtStart),
                Opportunity.class);
    }

    /**
     * @param opportunityId opportunity id
     * @return the notes of the opportunity, all pages
     */
    public List<Note> notes(String opportunityId) {
        return all(
                ApiRequest.get("opportunities", requireId(opportunityId), "notes")
                        .subject("This opportunity"),
                Note.class);
    }

    /**
     * Moves an opportunity to a stage. Safe to repeat, so it is retried on transient failures.
     *
     * @param performAs Lever user id the change is recorded for, or null for the key's owner
     * @return the updated opportunity
     */
    public Opportunity changeStage(String opportunityId, String stageId, String performAs) {
        return writeOpportunity(
                ApiRequest.put(Map.of("stage", requireId(stageId)), "opportunities", requireId(opportunityId), "stage")
                        .performAs(performAs));
    }

    /**
     * Archives an opportunity, or changes the reason of an archived one.
     *
     * @param archiveReasonId the reason; the Hired reason marks the candidate hired
     * @param performAs Lever user id, or null
     * @return the updated opportunity
     */
    public Opportunity archive(String opportunityId, String archiveReasonId, String performAs) {
        return writeOpportunity(ApiRequest.put(
                        Map.of("reason", requireId(archiveReasonId)),
                        "opportunities",
                        requireId(opportunityId),
                        "archived")
                .performAs(performAs));
    }

    /**
     * Returns an archived opportunity to the active pipeline ({@code {"reason": null}}).
     *
     * @param performAs Lever user id, or null
     * @return the updated opportunity
     */
    public Opportunity unarchive(String opportunityId, String performAs) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reason", null);
        return writeOpportunity(ApiRequest.put(body, "opportunities", requireId(opportunityId), "archived")
                .performAs(performAs));
    }

    /**
     * Adds tags (exact, case-sensitive strings; unknown tags are created).
     *
     * @param performAs Lever user id, or null
     * @return the updated opportunity
     */
    public Opportunity addTags(String opportunityId, Collection<String> tags, String performAs) {
        return writeOpportunity(
                ApiRequest.post(Map.of("tags", List.copyOf(tags)), "opportunities", requireId(opportunityId), "addTags")
                        .performAs(performAs));
    }

    /**
     * Removes tags from an opportunity.
     *
     * @param performAs Lever user id, or null
     * @return the updated opportunity
     */
    public Opportunity removeTags(String opportunityId, Collection<String> tags, String performAs) {
        return writeOpportunity(ApiRequest.post(
                        Map.of("tags", List.copyOf(tags)), "opportunities", requireId(opportunityId), "removeTags")
                .performAs(performAs));
    }

    /**
     * Creates a note. Never creates it twice: when an attempt fails after the request may have reached Lever, the
     * opportunity's notes are checked for it before the request is sent again.
     *
     * @param performAs Lever user id recorded as the author, or null (the note then has no user)
     * @return the created note
     */
    public Note createNote(String opportunityId, NewNote note, String performAs) {
        Objects.requireNonNull(note, "note");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("value", note.value());
        body.put("secret", note.secret());
        if (note.score() != null) {
            body.put("score", note.score());
        }
        ApiRequest request = ApiRequest.post(body, "opportunities", requireId(opportunityId), "notes")
                .performAs(performAs)
                .subject("This opportunity")
                .notSafeToRepeat();
        return http.execute(
                request,
                json -> codec.single(json, Note.class),
                since -> landedNote(opportunityId, note, performAs, since),
                null);
    }

    /**
     * Creates an opportunity ({@code POST /opportunities}). Lever requires {@code performAs}: the creator and, unless
     * {@code owner} is set, the owner. A create that may have reached Lever without an answer is looked up among the
     * opportunities created since the call started before it is sent again.
     *
     * @param performAs Lever user id of the creator; required
     */
    public CreatedOpportunity createOpportunity(NewOpportunity candidate, String performAs) {
        Objects.requireNonNull(candidate, "candidate");
        ApiRequest request = ApiRequest.post(OpportunityBodies.create(candidate), "opportunities")
                .performAs(requireId(performAs))
                .subject("This candidate")
                .notSafeToRepeat();
        return http.execute(
                request,
                body -> new CreatedOpportunity(codec.single(body, Opportunity.class), codec.dataFlag(body, "deduped")),
                since -> findLandedOpportunity(candidate, since),
                null);
    }

    /**
     * Deletes a note. Lever may refuse notes not created through the API ({@link LeverPermissionException}).
     *
     * @param performAs Lever user id, or null
     */
    public void deleteNote(String opportunityId, String noteId, String performAs) {
        http.execute(
                ApiRequest.delete("opportunities", requireId(opportunityId), "notes", requireId(noteId))
                        .performAs(performAs)
                        .subject("This note"),
                body -> null,
                null,
                null);
    }

    /** @return résumés and files: the multipart create, uploads, lists and downloads, on this client's connection */
    public LeverAttachments attachments() {
        return new LeverAttachments(http, this);
    }

    /** Releases connections and threads; the client cannot be used afterwards. */
    @Override
    public void close() {
        http.close();
    }

    /**
     * Looks for a note that a create may have left on Lever without an answer: same text and secrecy, by the same
     * author, created since {@code since} (allowing for clock skew).
     *
     * @param since ms since the epoch when the create was first asked for
     * @return the newest such note, if any
     */
    public Optional<Note> landedNote(String opportunityId, NewNote note, String performAs, long since) {
        return notes(opportunityId).stream()
                .filter(n -> n.secret() == note.secret() && n.body().equals(note.value()))
                .filter(n -> n.createdAt() == null || n.createdAt() >= since - CLOCK_SKEW_MILLIS)
                .filter(n -> performAs == null || performAs.equals(n.user()))
                .max(Comparator.comparing(n -> n.createdAt() == null ? 0L : n.createdAt()));
    }

    private Optional<CreatedOpportunity> findLandedOpportunity(NewOpportunity candidate, long since) {
        OpportunityQuery recent = OpportunityQuery.builder()
                .createdAtStart(since - CLOCK_SKEW_MILLIS)
                .build();
        return opportunities(recent).fetchAll().stream()
                .filter(o -> candidate.name().equals(o.name()) && o.emails().containsAll(candidate.emails()))
                .findFirst()
                .map(o -> new CreatedOpportunity(o, false));
    }

    private Opportunity writeOpportunity(ApiRequest request) {
        return http.execute(
                request.subject("This opportunity"), body -> codec.single(body, Opportunity.class), null, null);
    }

    private static ApiRequest opportunitiesRequest(OpportunityQuery query) {
        return ApiRequest.get("opportunities")
                .queryAll(Objects.requireNonNull(query, "query").parameters());
    }

    private <T> Page<T> page(ApiRequest request, String offset, Class<T> type, CancelScope scope) {
        ApiRequest paged = request.withQuery("limit", PAGE_SIZE).query("offset", offset);
        return http.execute(paged, body -> codec.page(body, type), null, scope);
    }

    /** A page of a list that holds confidential records, asked for them when the key may see them. */
    private <T> Page<T> confidentialPage(ApiRequest request, String offset, Class<T> type, CancelScope scope) {
        return confidential.read(request, offset == null, r -> page(r, offset, type, scope));
    }

    private <T> List<T> all(ApiRequest request, Class<T> type) {
        return new Pager<T>((offset, scope) -> page(request, offset, type, scope)).fetchAll();
    }

    private static String requireId(String id) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("A Lever id is required");
        }
        return id;
    }
}

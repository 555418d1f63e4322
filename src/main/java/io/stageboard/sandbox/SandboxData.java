package io.stageboard.sandbox;

import io.stageboard.sandbox.SandboxModel.ArchiveReason;
import io.stageboard.sandbox.SandboxModel.DeletedOpportunity;
import io.stageboard.sandbox.SandboxModel.Note;
import io.stageboard.sandbox.SandboxModel.Opportunity;
import io.stageboard.sandbox.SandboxModel.Posting;
import io.stageboard.sandbox.SandboxModel.Stage;
import io.stageboard.sandbox.SandboxModel.User;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The live data of a sandbox account. Read methods return immutable snapshots; mutators change the data the
 * way Lever would (the HTTP API uses them, and tests call them directly to simulate other Lever users working
 * in the Lever app). Mutators return {@link Optional#empty()} when the opportunity does not exist and throw
 * {@link IllegalArgumentException} with a readable sentence for any other bad argument. Thread-safe: one
 * read-write lock guards everything.
 *
 * <p>Longer than the house's 350 lines on purpose: it is the one place that takes the account's lock, so every read and write passes here as a short method; the logic sits in the classes it calls.
 */
public final class SandboxData {

    /** Server-side order of opportunities: newest first, ties by id, keys that never change. */
    static final Comparator<Opportunity> ORDER =
            Comparator.comparingLong(Opportunity::createdAt).reversed().thenComparing(Opportunity::id);

    /** Result of {@link #deleteNote}. */
    public enum NoteDeletion {
        DELETED,
        NO_SUCH_OPPORTUNITY,
        NO_SUCH_NOTE,
        MADE_IN_APP
    }

    /** The demo company's slug on the public job site. */
    static final String SITE_NAME = "stageboard-demo";

    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final List<Stage> stages;
    private final List<ArchiveReason> archiveReasons;
    private final List<User> users;
    private final List<Posting> postings;
    private final OpportunityIndex index;
    private final NoteBook notes;
    private final List<DeletedOpportunity> deleted;
    private long lastWriteAt;

    SandboxData(SeedData seed) {
        stages = List.copyOf(seed.stages());
        archiveReasons = List.copyOf(seed.archiveReasons());
        users = List.copyOf(seed.users());
        postings = List.copyOf(seed.postings());
        index = new OpportunityIndex(seed.opportunities());
        notes = new NoteBook(index::seededNotes);
        deleted = new ArrayList<>(seed.deleted());
    }

    /** Generates the deterministic data set for {@code size} opportunities and {@code seed}, without a server. */
    public static SandboxData seeded(int size, long seed) {
        return seeded(size, seed, null);
    }

    /**
     * Generates the deterministic data set with exactly {@code archivedShare} (0 to 1) of the opportunities archived,
     * or the generator's own share (about a third) for null. Accounts above 50,000, and any with a share, are drawn
     * lazily: they start in seconds and keep only a few dozen bytes per opportunity until it changes.
     *
     * @throws IllegalArgumentException for a size outside 1 to 1,000,000 or a share outside 0 to 1
     */
    public static SandboxData seeded(int size, long seed, Double archivedShare) {
        if (size < 1 || size > SandboxOptions.MAX_SIZE) {
            throw new IllegalArgumentException(
                    "The size must be from 1 to " + SandboxOptions.MAX_SIZE + ", got " + size + ".");
        }
        if (archivedShare != null && !(archivedShare >= 0 && archivedShare <= 1)) {
            throw new IllegalArgumentException("The archived share must be from 0 to 1, got " + archivedShare + ".");
        }
        return new SandboxData(new SeedGenerator(seed).generate(size, archivedShare));
    }

    // ---- reference data: a few dozen records that never change, so no lock and no index ----

    private static <T> Optional<T> find(List<T> items, Function<T, String> id, String wanted) {
        return items.stream().filter(i -> id.apply(i).equals(wanted)).findFirst();
    }

    /** All stages in pipeline order. */
    public List<Stage> stages() {
        return stages;
    }

    /** The stage with this id. */
    public Optional<Stage> stage(String id) {
        return find(stages, Stage::id, id);
    }

    /** The position of a stage in the pipeline (0-based), or -1 for an unknown id. */
    public int stageIndex(String id) {
        for (int i = 0; i < stages.size(); i++) {
            if (stages.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    /** All archive reasons, active and inactive. */
    public List<ArchiveReason> archiveReasons() {
        return archiveReasons;
    }

    /** The archive reason with this id. */
    public Optional<ArchiveReason> archiveReason(String id) {
        return find(archiveReasons, ArchiveReason::id, id);
    }

    /** All users, deactivated ones included. */
    public List<User> users() {
        return users;
    }

    /** The user with this id. */
    public Optional<User> user(String id) {
        return find(users, User::id, id);
    }

    /** All postings in every state. */
    public List<Posting> postings() {
        return postings;
    }

    /** The posting with this id. */
    public Optional<Posting> posting(String id) {
        return find(postings, Posting::id, id);
    }

    // ---- live data ----

    /** A snapshot of one opportunity. */
    public Optional<Opportunity> opportunity(String id) {
        return read(() -> Optional.ofNullable(index.get(id)));
    }

    /**
     * A snapshot of all (not deleted) opportunities, in the order the API lists them. Draws every one of them: meant
     * for tests and small accounts, not for a million.
     */
    public List<Opportunity> opportunities() {
        return read(index::all);
    }

    /** How many (not deleted) opportunities there are. */
    public int opportunityCount() {
        return read(index::size);
    }

    /** The notes of an opportunity, oldest first (empty for an unknown opportunity). */
    public List<Note> notes(String opportunityId) {
        return read(() -> notes.of(opportunityId));
    }

    /** One note of an opportunity. */
    public Optional<Note> note(String opportunityId, String noteId) {
        return read(() -> notes.find(opportunityId, noteId));
    }

    /** Tag text → number of opportunities carrying it, sorted by text (tags stay listed at count 0). */
    public Map<String, Integer> tagCounts() {
        return read(index::tagCounts);
    }

    /** Source text → number of opportunities carrying it, sorted by text. */
    public Map<String, Integer> sourceCounts() {
        return read(index::sourceCounts);
    }

    /** Deleted opportunities, in the order they were deleted. */
    public List<DeletedOpportunity> deletedOpportunities() {
        return read(() -> List.copyOf(deleted));
    }

    /** A page of matching opportunities after {@code after} (null = first page); see {@link OpportunityIndex}. */
    Slice<Opportunity> page(OpportunityFilter filter, OffsetTokens.Key after, int limit) {
        return read(() -> index.page(filter, after, limit));
    }

    /** A page of results and whether another page follows. */
    record Slice<T>(List<T> items, boolean hasNext) {}

    // ---- mutators ----

    /** Moves an opportunity to a stage, recording {@code userId} (null = the API key) in its history. */
    public Optional<Opportunity> moveStage(String opportunityId, String stageId, String userId) {
        int index = stageIndex(stageId);
        if (index < 0) {
            throw new IllegalArgumentException("Stage '" + stageId + "' does not exist.");
        }
        checkUser(userId);
        return update(opportunityId, OpportunityChanges.stage(stageId, index, userId));
    }

    /** Archives with {@code reasonId}, changes the reason of an archived opportunity, or unarchives (null). */
    public Optional<Opportunity> setArchived(String opportunityId, String reasonId, String userId) {
        if (reasonId != null) {
            ArchiveReason reason = archiveReason(reasonId)
                    .orElseThrow(
                            () -> new IllegalArgumentException("Archive reason '" + reasonId + "' does not exist."));
            if (!"active".equals(reason.status())) {
                throw new IllegalArgumentException("Archive reason '" + reason.text() + "' is inactive.");
            }
        }
        checkUser(userId);
        return update(opportunityId, OpportunityChanges.archive(reasonId));
    }

    /** Adds exact-case tags (exact duplicates are skipped; unknown tags join the account's tag list). */
    public Optional<Opportunity> addTags(String opportunityId, List<String> tags, String userId) {
        return edit(opportunityId, OpportunityChanges.Field.TAGS, tags, userId, true);
    }

    /** Removes exact-case tags; tags the opportunity does not have are ignored. */
    public Optional<Opportunity> removeTags(String opportunityId, List<String> tags, String userId) {
        return edit(opportunityId, OpportunityChanges.Field.TAGS, tags, userId, false);
    }

    /** Adds sources (exact duplicates skipped). */
    public Optional<Opportunity> addSources(String opportunityId, List<String> sources, String userId) {
        return edit(opportunityId, OpportunityChanges.Field.SOURCES, sources, userId, true);
    }

    /** Removes sources; missing ones are ignored. */
    public Optional<Opportunity> removeSources(String opportunityId, List<String> sources, String userId) {
        return edit(opportunityId, OpportunityChanges.Field.SOURCES, sources, userId, false);
    }

    /** Adds contact links (exact duplicates skipped). */
    public Optional<Opportunity> addLinks(String opportunityId, List<String> links, String userId) {
        return edit(opportunityId, OpportunityChanges.Field.LINKS, links, userId, true);
    }

    /** Removes contact links; missing ones are ignored. */
    public Optional<Opportunity> removeLinks(String opportunityId, List<String> links, String userId) {
        return edit(opportunityId, OpportunityChanges.Field.LINKS, links, userId, false);
    }

    private Optional<Opportunity> edit(
            String opportunityId, OpportunityChanges.Field field, List<String> values, String userId, boolean add) {
        for (String v : values) {
            if (v == null || v.isBlank()) {
                throw new IllegalArgumentException("Every "
                        + field.name().toLowerCase(java.util.Locale.ROOT).replaceAll("s$", "")
                        + " must be a non-empty string.");
            }
        }
        checkUser(userId);
        return update(opportunityId, OpportunityChanges.edit(field, values, add));
    }

    /**
     * Adds a note. {@code userId} null means "the API key" (Lever then returns {@code user: null});
     * {@code madeInApp} true simulates a note written in the Lever app, which the API cannot delete.
     */
    public Optional<Note> addNote(
            String opportunityId, String value, boolean secret, Integer score, String userId, boolean madeInApp) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("A note needs a non-empty value.");
        }
        checkUser(userId);
        return write(() -> {
            Opportunity o = index.get(opportunityId);
            if (o == null) {
                return Optional.empty();
            }
            long now = now();
            Note n = new Note(
                    Ids.random().toString(), opportunityId, userId, secret, score, value, o.stage(), now, madeInApp);
            notes.add(n);
            return Optional.of(n);
        });
    }

    /** Deletes a note unless it was made in the Lever app. */
    public NoteDeletion deleteNote(String opportunityId, String noteId) {
        return write(() -> {
            if (index.get(opportunityId) == null) {
                return NoteDeletion.NO_SUCH_OPPORTUNITY;
            }
            Optional<Note> note = notes.find(opportunityId, noteId);
            if (note.isEmpty()) {
                return NoteDeletion.NO_SUCH_NOTE;
            }
            if (note.get().madeInApp()) {
                return NoteDeletion.MADE_IN_APP;
            }
            notes.remove(note.get());
            return NoteDeletion.DELETED;
        });
    }

    /**
     * Adds a new opportunity built by the create endpoint: assigns ids, timestamps and the first stage change.
     * {@code createdAt} null means now; the creator becomes a follower, as on Lever. When one of its emails belongs
     * to an existing contact, the opportunity joins that contact and the contact's data wins (Lever's dedupe).
     */
    ContactDedupe.Created create(OpportunityBuilder b, Long createdAt, String creatorId) {
        return write(() -> {
            boolean deduped = ContactDedupe.attach(b, index.newestFirst());
            Opportunity o = OpportunityChanges.created(b, now(), createdAt, stageIndex(b.stage), creatorId);
            index.add(o);
            return new ContactDedupe.Created(o, deduped);
        });
    }

    /** The account's job-site name, as in {@code jobs.lever.co/<site>} and {@code /v0/postings/<site>}. */
    public String siteName() {
        return SITE_NAME;
    }

    /**
     * Deletes a tag from the account's tag list, as a Lever admin can in the settings page; Lever's FAQ: "it is
     * also removed from all opportunities". Whether Lever then bumps their updatedAt is unconfirmed; here it does
     * not, so a client notices only through {@code GET /tags}. False when the account has no such tag.
     */
    public boolean deleteTag(String tag) {
        return write(() -> index.deleteTag(tag));
    }

    /** Fills an opportunity's empty name, emails, phones and links from a parsed résumé (a normal edit). */
    Optional<Opportunity> fillContact(String opportunityId, ResumeFacts facts) {
        return update(opportunityId, OpportunityChanges.fillContact(facts));
    }

    /** Deletes an opportunity as someone in the Lever app would; false if there was none. */
    public boolean deleteOpportunity(String opportunityId) {
        return deleteOpportunity(opportunityId, null);
    }

    /** Deletes an opportunity, recording who deleted it (null = unknown). */
    public boolean deleteOpportunity(String opportunityId, String userId) {
        checkUser(userId);
        return write(() -> {
            Opportunity o = index.get(opportunityId);
            if (o == null) {
                return false;
            }
            index.remove(o);
            notes.removeAll(opportunityId);
            deleted.add(new DeletedOpportunity(o, userId, now()));
            return true;
        });
    }

    // ---- plumbing ----

    private Optional<Opportunity> update(String opportunityId, OpportunityChanges.Change change) {
        return write(() -> {
            Opportunity old = index.get(opportunityId);
            if (old == null) {
                return Optional.empty();
            }
            long now = now();
            OpportunityBuilder b = OpportunityBuilder.from(old);
            if (!change.apply(b, now)) {
                return Optional.of(old);
            }
            Opportunity updated = b.touched(now).build();
            index.replace(old, updated);
            return Optional.of(updated);
        });
    }

    private void checkUser(String userId) {
        if (userId == null) {
            return;
        }
        User u = user(userId).orElseThrow(() -> new IllegalArgumentException("User '" + userId + "' does not exist."));
        if (u.deactivated()) {
            throw new IllegalArgumentException("User '" + u.name() + "' (" + userId + ") is deactivated.");
        }
    }

    /** Write time, never going backwards so histories stay ordered even if the wall clock jumps. Lock held. */
    private long now() {
        lastWriteAt = Math.max(System.currentTimeMillis(), lastWriteAt);
        return lastWriteAt;
    }

    private <T> T read(Supplier<T> body) {
        lock.readLock().lock();
        try {
            return body.get();
        } finally {
            lock.readLock().unlock();
        }
    }

    private <T> T write(Supplier<T> body) {
        lock.writeLock().lock();
        try {
            return body.get();
        } finally {
            lock.writeLock().unlock();
        }
    }
}

package io.stageboard.sandbox;

import io.stageboard.sandbox.SandboxModel.ArchiveReason;
import io.stageboard.sandbox.SandboxModel.Archived;
import io.stageboard.sandbox.SandboxModel.DeletedOpportunity;
import io.stageboard.sandbox.SandboxModel.Note;
import io.stageboard.sandbox.SandboxModel.Opportunity;
import io.stageboard.sandbox.SandboxModel.Posting;
import io.stageboard.sandbox.SandboxModel.Stage;
import io.stageboard.sandbox.SandboxModel.StageChange;
import io.stageboard.sandbox.SandboxModel.User;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The live data of a sandbox account. Read methods return immutable snapshots; mutators change the data the
 * way Lever would (the HTTP API uses them, and tests call them directly to simulate other Lever users working
 * in the Lever app). Mutators return {@link Optional#empty()} when the opportunity does not exist and throw
 * {@link IllegalArgumentException} with a readable sentence for any other bad argument. Thread-safe: one
 * read-write lock guards everything.
 */
public final class SandboxData {

    /** Server-side order of opportunities: newest first, ties by id, keys that never change. */
    static final Comparator<Opportunity> ORDER =
            Comparator.comparingLong(Opportunity::createdAt).reversed().thenComparing(Opportunity::id);

    /** Result of {@link #deleteNote}. */
    public enum NoteDeletion { DELETED, NO_SUCH_OPPORTUNITY, NO_SUCH_NOTE, MADE_IN_APP }

    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final List<Stage> stages;
    private final List<ArchiveReason> archiveReasons;
    private final List<User> users;
    private final List<Posting> postings;
    private final Map<String, Stage> stageById;
    private final Map<String, Integer> stageIndex = new HashMap<>();
    private final Map<String, ArchiveReason> reasonById;
    private final Map<String, User> userById;
    private final Map<String, Posting> postingById;
    private final Map<String, Opportunity> byId = new HashMap<>();
    private final List<Opportunity> ordered;
    private final Map<String, List<Note>> notes = new HashMap<>();
    private final List<DeletedOpportunity> deleted;
    private final TreeMap<String, Integer> tagCounts = new TreeMap<>();
    private final TreeMap<String, Integer> sourceCounts = new TreeMap<>();
    private long lastWriteAt;

    SandboxData(SeedData seed) {
        stages = List.copyOf(seed.stages());
        archiveReasons = List.copyOf(seed.archiveReasons());
        users = List.copyOf(seed.users());
        postings = List.copyOf(seed.postings());
        stageById = index(stages, Stage::id);
        reasonById = index(archiveReasons, ArchiveReason::id);
        userById = index(users, User::id);
        postingById = index(postings, Posting::id);
        for (int i = 0; i < stages.size(); i++) {
            stageIndex.put(stages.get(i).id(), i);
        }
        ordered = new ArrayList<>(seed.opportunities());
        ordered.sort(ORDER);
        for (Opportunity o : ordered) {
            byId.put(o.id(), o);
            o.tags().forEach(t -> tagCounts.merge(t, 1, Integer::sum));
            o.sources().forEach(s -> sourceCounts.merge(s, 1, Integer::sum));
        }
        for (Note n : seed.notes()) {
            notes.computeIfAbsent(n.opportunityId(), k -> new ArrayList<>()).add(n);
        }
        deleted = new ArrayList<>(seed.deleted());
    }

    /** Generates the deterministic data set for {@code size} opportunities and {@code seed}, without a server. */
    public static SandboxData seeded(int size, long seed) {
        return new SandboxData(new SeedGenerator(seed).generate(size));
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> id) {
        Map<String, T> map = new LinkedHashMap<>();
        items.forEach(i -> map.put(id.apply(i), i));
        return map;
    }

    // ---- reference data (never changes, so no lock needed) ----

    /** All stages in pipeline order. */
    public List<Stage> stages() {
        return stages;
    }

    /** The stage with this id. */
    public Optional<Stage> stage(String id) {
        return Optional.ofNullable(stageById.get(id));
    }

    /** The position of a stage in the pipeline (0-based), or -1 for an unknown id. */
    public int stageIndex(String id) {
        return stageIndex.getOrDefault(id, -1);
    }

    /** All archive reasons, active and inactive. */
    public List<ArchiveReason> archiveReasons() {
        return archiveReasons;
    }

    /** The archive reason with this id. */
    public Optional<ArchiveReason> archiveReason(String id) {
        return Optional.ofNullable(reasonById.get(id));
    }

    /** All users, deactivated ones included. */
    public List<User> users() {
        return users;
    }

    /** The user with this id. */
    public Optional<User> user(String id) {
        return Optional.ofNullable(userById.get(id));
    }

    /** All postings in every state. */
    public List<Posting> postings() {
        return postings;
    }

    /** The posting with this id. */
    public Optional<Posting> posting(String id) {
        return Optional.ofNullable(postingById.get(id));
    }

    // ---- live data ----

    /** A snapshot of one opportunity. */
    public Optional<Opportunity> opportunity(String id) {
        return read(() -> Optional.ofNullable(byId.get(id)));
    }

    /** A snapshot of all (not deleted) opportunities, in the order the API lists them. */
    public List<Opportunity> opportunities() {
        return read(() -> List.copyOf(ordered));
    }

    /** How many (not deleted) opportunities there are. */
    public int opportunityCount() {
        return read(ordered::size);
    }

    /** The notes of an opportunity, oldest first (empty for an unknown opportunity). */
    public List<Note> notes(String opportunityId) {
        return read(() -> List.copyOf(notes.getOrDefault(opportunityId, List.of())));
    }

    /** One note of an opportunity. */
    public Optional<Note> note(String opportunityId, String noteId) {
        return read(() -> notes.getOrDefault(opportunityId, List.of()).stream()
                .filter(n -> n.id().equals(noteId)).findFirst());
    }

    /** Tag text → number of opportunities carrying it, sorted by text (tags stay listed at count 0). */
    public Map<String, Integer> tagCounts() {
        return read(() -> Collections.unmodifiableMap(new TreeMap<>(tagCounts)));
    }

    /** Source text → number of opportunities carrying it, sorted by text. */
    public Map<String, Integer> sourceCounts() {
        return read(() -> Collections.unmodifiableMap(new TreeMap<>(sourceCounts)));
    }

    /** Deleted opportunities, in the order they were deleted. */
    public List<DeletedOpportunity> deletedOpportunities() {
        return read(() -> List.copyOf(deleted));
    }

    /**
     * Up to {@code limit} opportunities matching {@code filter} that come after {@code after} in list order
     * ({@code after} null = from the start), plus whether more follow. Binary search to the start, then a scan:
     * a whole walk costs O(n), not O(n²).
     */
    Slice<Opportunity> page(Predicate<Opportunity> filter, OffsetTokens.Key after, int limit) {
        return read(() -> {
            int from = 0;
            if (after != null) {
                from = OffsetTokens.firstAfter(ordered, o -> new OffsetTokens.Key(o.createdAt(), o.id()),
                        OffsetTokens.NEWEST_FIRST, after);
            }
            List<Opportunity> out = new ArrayList<>(limit);
            for (int i = from; i < ordered.size(); i++) {
                Opportunity o = ordered.get(i);
                if (filter.test(o)) {
                    if (out.size() == limit) {
                        return new Slice<>(out, true);
                    }
                    out.add(o);
                }
            }
            return new Slice<>(out, false);
        });
    }

    /** A page of results and whether another page follows. */
    record Slice<T>(List<T> items, boolean hasNext) {
    }

    // ---- mutators ----

    /** Moves an opportunity to a stage, recording {@code userId} (null = the API key) in its history. */
    public Optional<Opportunity> moveStage(String opportunityId, String stageId, String userId) {
        int index = stageIndex(stageId);
        if (index < 0) {
            throw new IllegalArgumentException("Stage '" + stageId + "' does not exist.");
        }
        checkUser(userId);
        return update(opportunityId, (b, now) -> {
            if (b.stage.equals(stageId)) {
                return false; // already there: Lever records no new stage change
            }
            b.stage = stageId;
            b.stageChanges.add(new StageChange(stageId, index, now, userId));
            b.lastAdvancedAt = now;
            return true;
        });
    }

    /** Archives with {@code reasonId}, changes the reason of an archived opportunity, or unarchives (null). */
    public Optional<Opportunity> setArchived(String opportunityId, String reasonId, String userId) {
        if (reasonId != null) {
            ArchiveReason reason = archiveReason(reasonId).orElseThrow(
                    () -> new IllegalArgumentException("Archive reason '" + reasonId + "' does not exist."));
            if (!"active".equals(reason.status())) {
                throw new IllegalArgumentException("Archive reason '" + reason.text() + "' is inactive.");
            }
        }
        checkUser(userId);
        return update(opportunityId, (b, now) -> {
            if (reasonId == null) {
                boolean changed = b.archived != null;
                b.archived = null;
                return changed;
            }
            if (b.archived != null && b.archived.reason().equals(reasonId)) {
                return false;
            }
            // Changing the reason keeps the original archive time: the candidate left the pipeline then.
            b.archived = new Archived(b.archived == null ? now : b.archived.archivedAt(), reasonId);
            return true;
        });
    }

    /** Adds exact-case tags (exact duplicates are skipped; unknown tags join the account's tag list). */
    public Optional<Opportunity> addTags(String opportunityId, List<String> tags, String userId) {
        return editList(opportunityId, tags, userId, true, true);
    }

    /** Removes exact-case tags; tags the opportunity does not have are ignored. */
    public Optional<Opportunity> removeTags(String opportunityId, List<String> tags, String userId) {
        return editList(opportunityId, tags, userId, true, false);
    }

    /** Adds sources (exact duplicates skipped). */
    public Optional<Opportunity> addSources(String opportunityId, List<String> sources, String userId) {
        return editList(opportunityId, sources, userId, false, true);
    }

    /** Removes sources; missing ones are ignored. */
    public Optional<Opportunity> removeSources(String opportunityId, List<String> sources, String userId) {
        return editList(opportunityId, sources, userId, false, false);
    }

    private Optional<Opportunity> editList(String opportunityId, List<String> values, String userId, boolean tags,
                                           boolean add) {
        for (String v : values) {
            if (v == null || v.isBlank()) {
                throw new IllegalArgumentException((tags ? "Tags" : "Sources") + " must be non-empty strings.");
            }
        }
        checkUser(userId);
        TreeMap<String, Integer> counts = tags ? tagCounts : sourceCounts;
        return update(opportunityId, (b, now) -> {
            List<String> list = tags ? b.tags : b.sources;
            boolean changed = false;
            for (String v : values) {
                if (add && !list.contains(v)) {
                    list.add(v);
                    counts.merge(v, 1, Integer::sum);
                    changed = true;
                } else if (!add && list.remove(v)) {
                    counts.merge(v, -1, Integer::sum);
                    changed = true;
                }
            }
            return changed;
        });
    }

    /**
     * Adds a note. {@code userId} null means "the API key" (Lever then returns {@code user: null});
     * {@code madeInApp} true simulates a note written in the Lever app, which the API cannot delete.
     */
    public Optional<Note> addNote(String opportunityId, String value, boolean secret, Integer score, String userId,
                                  boolean madeInApp) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("A note needs a non-empty value.");
        }
        checkUser(userId);
        return write(() -> {
            Opportunity o = byId.get(opportunityId);
            if (o == null) {
                return Optional.empty();
            }
            long now = now();
            Note n = new Note(Ids.random().toString(), opportunityId, userId, secret, score, value, o.stage(), now,
                    madeInApp);
            notes.computeIfAbsent(opportunityId, k -> new ArrayList<>()).add(n);
            return Optional.of(n);
        });
    }

    /** Deletes a note unless it was made in the Lever app. */
    public NoteDeletion deleteNote(String opportunityId, String noteId) {
        return write(() -> {
            if (!byId.containsKey(opportunityId)) {
                return NoteDeletion.NO_SUCH_OPPORTUNITY;
            }
            List<Note> list = notes.getOrDefault(opportunityId, new ArrayList<>());
            Optional<Note> note = list.stream().filter(n -> n.id().equals(noteId)).findFirst();
            if (note.isEmpty()) {
                return NoteDeletion.NO_SUCH_NOTE;
            }
            if (note.get().madeInApp()) {
                return NoteDeletion.MADE_IN_APP;
            }
            list.remove(note.get());
            return NoteDeletion.DELETED;
        });
    }

    /** Deletes an opportunity as someone in the Lever app would; false if there was none. */
    public boolean deleteOpportunity(String opportunityId) {
        return deleteOpportunity(opportunityId, null);
    }

    /** Deletes an opportunity, recording who deleted it (null = unknown). */
    public boolean deleteOpportunity(String opportunityId, String userId) {
        checkUser(userId);
        return write(() -> {
            Opportunity o = byId.remove(opportunityId);
            if (o == null) {
                return false;
            }
            ordered.remove(Collections.binarySearch(ordered, o, ORDER));
            o.tags().forEach(t -> tagCounts.merge(t, -1, Integer::sum));
            o.sources().forEach(s -> sourceCounts.merge(s, -1, Integer::sum));
            notes.remove(opportunityId);
            deleted.add(new DeletedOpportunity(o, userId, now()));
            return true;
        });
    }

    // ---- plumbing ----

    /** One change to an opportunity's builder; returns whether anything changed. */
    private interface Change {
        boolean apply(OpportunityBuilder builder, long now);
    }

    private Optional<Opportunity> update(String opportunityId, Change change) {
        return write(() -> {
            Opportunity old = byId.get(opportunityId);
            if (old == null) {
                return Optional.empty();
            }
            long now = now();
            OpportunityBuilder b = OpportunityBuilder.from(old);
            if (!change.apply(b, now)) {
                return Optional.of(old);
            }
            Opportunity updated = b.touched(now).build();
            byId.put(updated.id(), updated);
            ordered.set(Collections.binarySearch(ordered, old, ORDER), updated);
            return Optional.of(updated);
        });
    }

    private void checkUser(String userId) {
        if (userId == null) {
            return;
        }
        User u = userById.get(userId);
        if (u == null) {
            throw new IllegalArgumentException("User '" + userId + "' does not exist.");
        }
        if (u.deactivated()) {
            throw new IllegalArgumentException("User '" + u.name() + "' (" + userId + ") is deactivated.");
        }
    }

    /** Write time, never going backwards so histories stay ordered even if the wall clock jumps. Lock held. */
    private long now() {
        lastWriteAt = Math.max(System.currentTimeMillis(), lastWriteAt);
        return lastWriteAt;
    }

    private <T> T read(java.util.function.Supplier<T> body) {
        lock.readLock().lock();
        try {
            return body.get();
        } finally {
            lock.readLock().unlock();
        }
    }

    private <T> T write(java.util.function.Supplier<T> body) {
        lock.writeLock().lock();
        try {
            return body.get();
        } finally {
            lock.writeLock().unlock();
        }
    }
}

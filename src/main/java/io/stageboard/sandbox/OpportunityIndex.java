package io.stageboard.sandbox;

import io.stageboard.sandbox.SandboxModel.Note;
import io.stageboard.sandbox.SandboxModel.Opportunity;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

/**
 * Opportunities by slot: slots below the seeded count are drawn from the seed on demand, and only opportunities
 * changed or created since are stored. Active and archived slots are kept apart in list order (newest first, then
 * id), so a page of either costs its own length; the tag and source counts are kept in step. Not thread-safe:
 * {@link SandboxData}'s lock guards it.
 */
final class OpportunityIndex {

    private static final int CHUNK = 1 << 14;

    private final SeedOpportunities seed;
    private final OpportunityFacts facts;
    private final Map<String, Integer> slotOf;
    private final Map<Integer, Opportunity> stored = new HashMap<>();
    private final Set<String> deletedTags = new HashSet<>();
    private final SlotOrder active;
    private final SlotOrder archived;
    private final TreeMap<String, Integer> tagCounts = new TreeMap<>();
    private final TreeMap<String, Integer> sourceCounts = new TreeMap<>();

    OpportunityIndex(SeedOpportunities seed) {
        this.seed = seed;
        int n = seed.size();
        facts = new OpportunityFacts(n);
        facts.reserve(n);
        slotOf = new ConcurrentHashMap<>(n + n / 2);
        // Drawing the facts is the start-up's main cost: chunks on every core, each with its own counts (hence
        // the concurrent map of ids, though later changes all happen under the data's write lock).
        List<OpportunityIndex.Counts> parts = IntStream.range(0, (n + CHUNK - 1) / CHUNK)
                .parallel()
                .mapToObj(c -> {
                    Counts counts = new Counts();
                    for (int i = c * CHUNK; i < Math.min(n, (c + 1) * CHUNK); i++) {
                        Opportunity o = seed.facts(i);
                        facts.set(i, o);
                        slotOf.put(o.id(), i);
                        counts.add(o);
                    }
                    return counts;
                })
                .toList();
        parts.forEach(c -> {
            c.tags.forEach((t, k) -> tagCounts.merge(t, k, Integer::sum));
            c.sources.forEach((s, k) -> sourceCounts.merge(s, k, Integer::sum));
        });
        active = new SlotOrder(facts, facts.sorted(n, false));
        archived = new SlotOrder(facts, facts.sorted(n, true));
    }

    Opportunity get(String id) {
        Integer slot = slotOf.get(id);
        return slot == null ? null : at(slot);
    }

    /** Every opportunity, newest first, drawn as the iteration reaches it. */
    Iterable<Opportunity> newestFirst() {
        return () -> new Iterator<>() {
            private final Cursor cursor = new Cursor(null, null);

            @Override
            public boolean hasNext() {
                return cursor.peek() >= 0;
            }

            @Override
            public Opportunity next() {
                int slot = cursor.next();
                if (slot < 0) {
                    throw new NoSuchElementException();
                }
                return at(slot);
            }
        };
    }

    List<Opportunity> all() {
        List<Opportunity> out = new ArrayList<>(size());
        newestFirst().forEach(out::add);
        return Collections.unmodifiableList(out);
    }

    int size() {
        return active.size() + archived.size();
    }

    /** The seeded notes of a seeded opportunity that still exists; empty for any other id. */
    List<Note> seededNotes(String id) {
        Integer slot = slotOf.get(id);
        return slot == null || slot >= seed.size() ? List.of() : seed.notes(slot);
    }

    Map<String, Integer> tagCounts() {
        return Collections.unmodifiableMap(new TreeMap<>(tagCounts));
    }

    Map<String, Integer> sourceCounts() {
        return Collections.unmodifiableMap(new TreeMap<>(sourceCounts));
    }

    void add(Opportunity o) {
        int slot = facts.reserve(1);
        facts.set(slot, o);
        stored.put(slot, o);
        slotOf.put(o.id(), slot);
        order(slot).insert(slot);
        count(o, 1);
    }

    /** Swaps in a new version; the sort key (createdAt, id) never changes, only the archived side may. */
    void replace(Opportunity old, Opportunity updated) {
        int slot = slotOf.get(old.id());
        order(slot).remove(slot);
        facts.set(slot, updated);
        order(slot).insert(slot);
        stored.put(slot, updated);
        count(old, -1);
        count(updated, 1);
    }

    void remove(Opportunity o) {
        int slot = slotOf.remove(o.id());
        order(slot).remove(slot);
        stored.remove(slot);
        count(o, -1);
    }

    /**
     * Removes a tag from the tag list and from every opportunity carrying it, leaving their other fields (updatedAt
     * included) as they were; false when the tag is not listed. Seeded opportunities lose it as they are drawn.
     */
    boolean deleteTag(String tag) {
        if (!tagCounts.containsKey(tag)) {
            return false;
        }
        stored.replaceAll((slot, o) -> o.tags().contains(tag) ? without(o, Set.of(tag)) : o);
        deletedTags.add(tag);
        tagCounts.remove(tag);
        return true;
    }

    /**
     * Up to {@code limit} matches after {@code after} (null = from the start) and whether more follow. The
     * archived filter picks the side, the other indexed fields are checked before an opportunity is drawn, and
     * binary search finds the start: a page costs its length, a whole walk O(n).
     */
    SandboxData.Slice<Opportunity> page(OpportunityFilter filter, OffsetTokens.Key after, int limit) {
        Cursor cursor = new Cursor(filter.archived(), after);
        List<Opportunity> out = new ArrayList<>(Math.min(limit, 1_000));
        for (int slot = cursor.next(); slot >= 0; slot = cursor.next()) {
            if (!facts.mayMatch(slot, filter)) {
                continue;
            }
            Opportunity o = at(slot);
            if (filter.test(o)) {
                if (out.size() == limit) {
                    return new SandboxData.Slice<>(out, true);
                }
                out.add(o);
            }
        }
        return new SandboxData.Slice<>(out, false);
    }

    private SlotOrder order(int slot) {
        return facts.archived(slot) ? archived : active;
    }

    private Opportunity at(int slot) {
        Opportunity o = stored.get(slot);
        if (o != null) {
            return o;
        }
        o = seed.opportunity(slot);
        return Collections.disjoint(o.tags(), deletedTags) ? o : without(o, deletedTags);
    }

    private static Opportunity without(Opportunity o, Set<String> tags) {
        OpportunityBuilder b = OpportunityBuilder.from(o);
        b.tags.removeAll(tags);
        return b.build();
    }

    /** Tags and sources stay listed at count 0: Lever keeps them in the account's list once created. */
    private void count(Opportunity o, int delta) {
        o.tags().forEach(t -> tagCounts.merge(t, delta, Integer::sum));
        o.sources().forEach(s -> sourceCounts.merge(s, delta, Integer::sum));
    }

    /** Walks the active side, the archived side, or both merged in list order. */
    private final class Cursor {
        private final SlotOrder[] sides;
        private final int[] positions;

        Cursor(Boolean archivedOnly, OffsetTokens.Key after) {
            sides = archivedOnly == null
                    ? new SlotOrder[] {active, archived}
                    : new SlotOrder[] {archivedOnly ? archived : active};
            positions = new int[sides.length];
            for (int i = 0; i < sides.length; i++) {
                positions[i] = sides[i].firstAfter(after);
            }
        }

        /** The next slot without moving on, or −1 at the end. */
        int peek() {
            int side = nextSide();
            return side < 0 ? -1 : sides[side].get(positions[side]);
        }

        /** The next slot, or −1 at the end. */
        int next() {
            int side = nextSide();
            return side < 0 ? -1 : sides[side].get(positions[side]++);
        }

        private int nextSide() {
            int best = -1;
            for (int i = 0; i < sides.length; i++) {
                if (positions[i] < sides[i].size()
                        && (best < 0
                                || facts.compare(sides[i].get(positions[i]), sides[best].get(positions[best])) < 0)) {
                    best = i;
                }
            }
            return best;
        }
    }

    /** Tag and source counts of one chunk of seeded opportunities. */
    private static final class Counts {
        private final Map<String, Integer> tags = new HashMap<>();
        private final Map<String, Integer> sources = new HashMap<>();

        void add(Opportunity o) {
            o.tags().forEach(t -> tags.merge(t, 1, Integer::sum));
            o.sources().forEach(s -> sources.merge(s, 1, Integer::sum));
        }
    }
}

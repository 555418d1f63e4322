package io.stageboard.service.sync;

import io.stageboard.api.Opportunity;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An in-memory index of the board's opportunities, so that a filter or a keystroke in the search box is answered
 * without looking at every card: one bit set per tag, posting, source, origin and owner, and the lower-cased search
 * text per opportunity, scanned only within the bits the other filters left. Gives exactly the answers of
 * {@link BoardQuery#test}. Confined to one thread (the FX thread in the app).
 */
public final class BoardIndex {

    /** What an opportunity contributed to the index, so a replacement can take it back out. */
    private record Entry(
            String id,
            boolean archived,
            String posting,
            List<String> tags,
            List<String> sources,
            String origin,
            String owner,
            String text) {}

    private final Map<String, Integer> slots = new HashMap<>();
    private final List<Entry> entries = new ArrayList<>();
    private final ArrayDeque<Integer> free = new ArrayDeque<>();
    private final BitSet live = new BitSet();
    private final BitSet archived = new BitSet();
    private final Map<String, BitSet> byTag = new HashMap<>();
    private final Map<String, BitSet> byPosting = new HashMap<>();
    private final Map<String, BitSet> bySource = new HashMap<>();
    private final Map<String, BitSet> byOrigin = new HashMap<>();
    private final Map<String, BitSet> byOwner = new HashMap<>();
    // Which change last touched each slot, so an answer computed earlier can tell which ids it must re-check.
    private int version;
    private int[] touched = new int[1024];
    // Every search text in one string, each followed by a NUL, so one fast indexOf scan finds the matches
    // instead of a pointer chase per opportunity; rebuilt on the first search after a change.
    private String corpus;
    private int[] corpusStarts;
    private int[] corpusSlots;

    /** Adds opportunities, replacing earlier versions of the same ids. */
    public void putAll(Collection<Opportunity> opportunities) {
        opportunities.forEach(this::put);
    }

    /** Adds an opportunity, replacing an earlier version of the same id. */
    public void put(Opportunity o) {
        put(o, o.postingId());
    }

    /**
     * Adds an opportunity whose posting is known otherwise (a single read of an opportunity does not expand its
     * applications, so it does not name its posting).
     */
    public void put(Opportunity o, String postingId) {
        Integer existing = slots.get(o.id());
        int slot;
        if (existing != null) {
            slot = existing;
            unindex(slot, entries.get(slot));
        } else {
            slot = free.isEmpty() ? entries.size() : free.pop();
            if (slot == entries.size()) {
                entries.add(null);
            }
            slots.put(o.id(), slot);
        }
        Entry e = new Entry(
                o.id(),
                o.isArchived(),
                postingId,
                List.copyOf(o.tags()),
                List.copyOf(o.sources()),
                o.origin(),
                o.owner(),
                BoardQuery.searchText(o));
        entries.set(slot, e);
        touch(slot);
        live.set(slot);
        archived.set(slot, e.archived());
        mark(byPosting, e.posting(), slot, true);
        e.tags().forEach(t -> mark(byTag, t, slot, true));
        e.sources().forEach(s -> mark(bySource, s, slot, true));
        mark(byOrigin, e.origin(), slot, true);
        mark(byOwner, e.owner(), slot, true);
    }

    /** Removes opportunities (deleted in Lever); unknown ids are ignored. */
    public void removeAll(Collection<String> ids) {
        for (String id : ids) {
            Integer slot = slots.remove(id);
            if (slot != null) {
                unindex(slot, entries.get(slot));
                entries.set(slot, null);
                touch(slot);
                live.clear(slot);
                free.push(slot);
            }
        }
    }

    /** Forgets everything. */
    public void clear() {
        corpus = null;
        slots.clear();
        entries.clear();
        free.clear();
        live.clear();
        archived.clear();
        List.of(byTag, byPosting, bySource, byOrigin, byOwner).forEach(Map::clear);
    }

    /**
     * @return the slot of the opportunity with this id, or -1; a caller that keeps it (on a card) saves a hash
     *     lookup per card and per filter change, which at tens of thousands of cards is most of the work
     */
    public int slotOf(String id) {
        Integer slot = slots.get(id);
        return slot == null ? -1 : slot;
    }

    /** @return how many opportunities are indexed */
    public int size() {
        return slots.size();
    }

    /** @return the opportunities that pass {@code query}, as a set to test ids against */
    public Matches match(BoardQuery query) {
        BitSet bits = (BitSet) live.clone();
        if (!query.showArchived()) {
            bits.andNot(archived);
        }
        narrow(bits, byPosting, query.postingId());
        narrow(bits, byTag, query.tag());
        narrow(bits, bySource, query.source());
        narrow(bits, byOrigin, query.origin());
        narrow(bits, byOwner, query.ownerId());
        String search = query.search();
        if (!search.isEmpty() && !bits.isEmpty()) {
            bits.and(containing(search));
        }
        return new Matches(this, query, version, bits);
    }

    private void touch(int slot) {
        corpus = null;
        if (slot >= touched.length) {
            touched = Arrays.copyOf(touched, Math.max(slot + 1, touched.length * 2));
        }
        touched[slot] = ++version;
    }

    /** The plain test of one indexed opportunity, for ids changed after an answer was computed. */
    private static boolean passes(Entry e, BoardQuery q) {
        return e != null
                && (q.showArchived() || !e.archived())
                && (q.postingId() == null || q.postingId().equals(e.posting()))
                && (q.tag() == null || e.tags().contains(q.tag()))
                && (q.source() == null || e.sources().contains(q.source()))
                && (q.origin() == null || q.origin().equals(e.origin()))
                && (q.ownerId() == null || q.ownerId().equals(e.owner()))
                && (q.search().isEmpty() || e.text().contains(q.search()));
    }

    /** The slots whose search text contains {@code search}. */
    private BitSet containing(String search) {
        if (corpus == null) {
            buildCorpus();
        }
        BitSet found = new BitSet(entries.size());
        int[] starts = corpusStarts;
        int from = 0;
        int k = 0;
        int at;
        while ((at = corpus.indexOf(search, from)) >= 0) {
            // Hits come in order, so the text a hit is in lies at or after the last one's: step forward to it,
            // which for a short search with a hit in most texts costs less than a binary search per hit.
            while (k + 1 < starts.length && starts[k + 1] <= at) {
                k++;
            }
            found.set(corpusSlots[k]);
            // The rest of this opportunity's text cannot add anything: go on with the next one.
            from = k + 1 < starts.length ? starts[k + 1] : corpus.length();
        }
        return found;
    }

    private void buildCorpus() {
        StringBuilder text = new StringBuilder(slots.size() * 64);
        int[] starts = new int[slots.size()];
        int[] owners = new int[slots.size()];
        int k = 0;
        for (int slot = 0; slot < entries.size(); slot++) {
            Entry e = entries.get(slot);
            if (e != null) {
                starts[k] = text.length();
                owners[k++] = slot;
                text.append(e.text()).append('\0');
            }
        }
        corpus = text.toString();
        corpusStarts = Arrays.copyOf(starts, k);
        corpusSlots = Arrays.copyOf(owners, k);
    }

    private static void narrow(BitSet bits, Map<String, BitSet> index, String value) {
        if (value != null) {
            BitSet having = index.get(value);
            if (having == null) {
                bits.clear();
            } else {
                bits.and(having);
            }
        }
    }

    private void unindex(int slot, Entry e) {
        archived.clear(slot);
        mark(byPosting, e.posting(), slot, false);
        e.tags().forEach(t -> mark(byTag, t, slot, false));
        e.sources().forEach(s -> mark(bySource, s, slot, false));
        mark(byOrigin, e.origin(), slot, false);
        mark(byOwner, e.owner(), slot, false);
    }

    private static void mark(Map<String, BitSet> index, String key, int slot, boolean on) {
        if (key == null) {
            return;
        }
        if (on) {
            index.computeIfAbsent(key, k -> new BitSet()).set(slot);
        } else {
            BitSet bits = index.get(key);
            if (bits != null) {
                bits.clear(slot);
            }
        }
    }

    /**
     * The answer to one query. It stays right as the index changes: ids added or changed after it was computed are
     * tested one by one, the rest come from the bits computed at once. Use it on the index's thread.
     */
    public static final class Matches {

        private final BoardIndex index;
        private final BoardQuery query;
        private final int asOf;
        private final BitSet bits;

        private Matches(BoardIndex index, BoardQuery query, int asOf, BitSet bits) {
            this.index = index;
            this.query = query;
            this.asOf = asOf;
            this.bits = bits;
        }

        /** @return true when the opportunity with this id passes the query */
        public boolean contains(String id) {
            Integer slot = index.slots.get(id);
            if (slot == null) {
                return false;
            }
            return index.touched[slot] > asOf ? passes(index.entries.get(slot), query) : bits.get(slot);
        }

        /**
         * @param slot what {@link #slotOf} said for the opportunity when it was last put
         * @param id   its id, to check the slot still belongs to it
         * @return true when the opportunity passes the query
         */
        public boolean contains(int slot, String id) {
            if (slot < 0 || slot >= index.entries.size()) {
                return contains(id);
            }
            if (index.touched[slot] > asOf) {
                // Changed since this answer was computed, perhaps even given to another id: look at it afresh.
                Entry e = index.entries.get(slot);
                return e != null && e.id().equals(id) ? passes(e, query) : contains(id);
            }
            return bits.get(slot);
        }

        /**
         * @param slot a slot the index gave (see {@link #slotOf})
         * @return true when the opportunity the index now keeps at this slot passes the query (false for a free
         *     slot); a caller that keeps its cards in step with the index needs no id to check
         */
        public boolean contains(int slot) {
            if (slot < 0 || slot >= index.entries.size()) {
                return false;
            }
            return index.touched[slot] > asOf ? passes(index.entries.get(slot), query) : bits.get(slot);
        }

        /** @return how many opportunities passed when the answer was computed */
        public int size() {
            return bits.cardinality();
        }

        /** @return the ids that pass, for tests and diagnostics */
        public Set<String> ids() {
            Set<String> ids = new HashSet<>();
            index.slots.keySet().forEach(id -> {
                if (contains(id)) {
                    ids.add(id);
                }
            });
            return ids;
        }
    }
}

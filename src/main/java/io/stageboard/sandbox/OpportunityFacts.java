package io.stageboard.sandbox;

import io.stageboard.sandbox.SandboxModel.Opportunity;
import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * What the index keeps of each opportunity, by slot, in flat arrays (a few dozen bytes each, so a million fit in a
 * modest heap): the sort key, the fields the cheap filters read, and whether it is archived or gone. Not
 * thread-safe: {@link SandboxData}'s lock guards it.
 */
final class OpportunityFacts {

    private static final long NO_TIME = Long.MIN_VALUE;
    private static final byte ARCHIVED = 1;
    private static final byte CONFIDENTIAL = 2;

    private String[] ids;
    private long[] createdAt;
    private long[] updatedAt;
    private String[] stages;
    private byte[] flags;
    private int slots;

    OpportunityFacts(int capacity) {
        int n = Math.max(16, capacity);
        ids = new String[n];
        createdAt = new long[n];
        updatedAt = new long[n];
        stages = new String[n];
        flags = new byte[n];
    }

    /** Slots used so far. */
    int slots() {
        return slots;
    }

    /** Reserves {@code n} slots, filled afterwards with {@link #set}; returns the first. */
    int reserve(int n) {
        if (slots + n > ids.length) {
            int capacity = Math.max(slots + n, ids.length + (ids.length >> 1));
            ids = Arrays.copyOf(ids, capacity);
            createdAt = Arrays.copyOf(createdAt, capacity);
            updatedAt = Arrays.copyOf(updatedAt, capacity);
            stages = Arrays.copyOf(stages, capacity);
            flags = Arrays.copyOf(flags, capacity);
        }
        slots += n;
        return slots - n;
    }

    /** Records {@code o} in {@code slot}; distinct slots may be set from several threads at once. */
    void set(int slot, Opportunity o) {
        ids[slot] = o.id();
        createdAt[slot] = o.createdAt();
        updatedAt[slot] = o.updatedAt() == null ? NO_TIME : o.updatedAt();
        stages[slot] = o.stage();
        flags[slot] = (byte)
                ((o.isArchived() ? ARCHIVED : 0) | ("confidential".equals(o.confidentiality()) ? CONFIDENTIAL : 0));
    }

    boolean archived(int slot) {
        return (flags[slot] & ARCHIVED) != 0;
    }

    /** Whether the filter's cheap parts let this slot through (the rest is tested on the opportunity). */
    boolean mayMatch(int slot, OpportunityFilter filter) {
        long updated = updatedAt[slot];
        return filter.mayMatch(
                stages[slot],
                createdAt[slot],
                updated == NO_TIME ? null : updated,
                (flags[slot] & CONFIDENTIAL) != 0 ? "confidential" : "non-confidential");
    }

    /** List order: newest first, then id. */
    int compare(int a, int b) {
        int c = Long.compare(createdAt[b], createdAt[a]);
        return c != 0 ? c : ids[a].compareTo(ids[b]);
    }

    /** Where {@code slot} stands against the key of an offset token, in list order. */
    int compare(int slot, OffsetTokens.Key key) {
        int c = Long.compare(key.sortMs(), createdAt[slot]);
        return c != 0 ? c : ids[slot].compareTo(key.id());
    }

    /**
     * The first {@code count} slots that are (or are not) archived, in list order. Sorts packed primitive keys (age
     * and slot in one long), then puts the rare equal creation times in id order.
     */
    int[] sorted(int count, boolean archived) {
        long newest = Long.MIN_VALUE;
        long oldest = Long.MAX_VALUE;
        int n = 0;
        for (int s = 0; s < count; s++) {
            if (archived(s) == archived) {
                newest = Math.max(newest, createdAt[s]);
                oldest = Math.min(oldest, createdAt[s]);
                n++;
            }
        }
        int bits = 64 - Long.numberOfLeadingZeros(Math.max(1, count));
        if (n > 0 && newest - oldest >= 1L << (62 - bits)) {
            return boxedSort(count, archived);
        }
        long[] keys = new long[n];
        int k = 0;
        for (int s = 0; s < count; s++) {
            if (archived(s) == archived) {
                keys[k++] = (newest - createdAt[s]) << bits | s;
            }
        }
        Arrays.parallelSort(keys);
        int[] out = new int[n];
        long mask = (1L << bits) - 1;
        for (int i = 0; i < n; i++) {
            out[i] = (int) (keys[i] & mask);
        }
        for (int from = 0; from < n; ) {
            int to = from + 1;
            while (to < n && createdAt[out[to]] == createdAt[out[from]]) {
                to++;
            }
            if (to - from > 1) {
                int[] tie = IntStream.range(from, to)
                        .map(i -> out[i])
                        .boxed()
                        .sorted(this::compare)
                        .mapToInt(Integer::intValue)
                        .toArray();
                System.arraycopy(tie, 0, out, from, tie.length);
            }
            from = to;
        }
        return out;
    }

    /** The plain sort, for creation times too far apart to pack (never with seeded data). */
    private int[] boxedSort(int count, boolean archived) {
        return IntStream.range(0, count)
                .filter(s -> archived(s) == archived)
                .boxed()
                .sorted(this::compare)
                .mapToInt(Integer::intValue)
                .toArray();
    }
}

package io.stageboard.sandbox;

import java.util.Arrays;

/**
 * Slots kept in list order (newest first, then id) in one growable int array: a binary search finds where a page
 * starts, so a page costs its own length, not the account's. Not thread-safe: {@link SandboxData}'s lock guards it.
 */
final class SlotOrder {

    private final OpportunityFacts facts;
    private int[] slots;
    private int size;

    /** @param sorted slots already in list order */
    SlotOrder(OpportunityFacts facts, int[] sorted) {
        this.facts = facts;
        this.slots = sorted;
        this.size = sorted.length;
    }

    int size() {
        return size;
    }

    /** The slot at {@code position}. */
    int get(int position) {
        return slots[position];
    }

    /** Position of the first slot after the offset token's key (0 for none). */
    int firstAfter(OffsetTokens.Key after) {
        if (after == null) {
            return 0;
        }
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (facts.compare(slots[mid], after) <= 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    void insert(int slot) {
        int at = search(slot);
        int position = at < 0 ? -at - 1 : at;
        if (size == slots.length) {
            slots = Arrays.copyOf(slots, Math.max(16, size + (size >> 1)));
        }
        System.arraycopy(slots, position, slots, position + 1, size - position);
        slots[position] = slot;
        size++;
    }

    void remove(int slot) {
        int at = search(slot);
        if (at >= 0) {
            System.arraycopy(slots, at + 1, slots, at, size - at - 1);
            size--;
        }
    }

    /** Position of {@code slot}, or −(insertion point) − 1; keys (creation time, id) are unique. */
    private int search(int slot) {
        int lo = 0;
        int hi = size - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = facts.compare(slots[mid], slot);
            if (c < 0) {
                lo = mid + 1;
            } else if (c > 0) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -(lo + 1);
    }
}

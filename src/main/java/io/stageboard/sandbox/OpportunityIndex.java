package io.stageboard.sandbox;

import io.stageboard.sandbox.SandboxModel.Opportunity;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Opportunities indexed by id and kept in list order (newest first, then id), with the tag and source counts
 * kept in step. Not thread-safe: {@link SandboxData}'s lock guards it.
 */
final class OpportunityIndex {

    private final Map<String, Opportunity> byId = new HashMap<>();
    private final List<Opportunity> ordered = new ArrayList<>();
    private final TreeMap<String, Integer> tagCounts = new TreeMap<>();
    private final TreeMap<String, Integer> sourceCounts = new TreeMap<>();

    OpportunityIndex(List<Opportunity> seed) {
        ordered.addAll(seed);
        ordered.sort(SandboxData.ORDER);
        for (Opportunity o : ordered) {
            byId.put(o.id(), o);
            count(o, 1);
        }
    }

    Opportunity get(String id) {
        return byId.get(id);
    }

    List<Opportunity> all() {
        return List.copyOf(ordered);
    }

    int size() {
        return ordered.size();
    }

    Map<String, Integer> tagCounts() {
        return Collections.unmodifiableMap(new TreeMap<>(tagCounts));
    }

    Map<String, Integer> sourceCounts() {
        return Collections.unmodifiableMap(new TreeMap<>(sourceCounts));
    }

    void add(Opportunity o) {
        int at = Collections.binarySearch(ordered, o, SandboxData.ORDER);
        ordered.add(at < 0 ? -at - 1 : at, o);
        byId.put(o.id(), o);
        count(o, 1);
    }

    /** Swaps in a new version; the sort key (createdAt, id) never changes, so its position does not either. */
    void replace(Opportunity old, Opportunity updated) {
        ordered.set(Collections.binarySearch(ordered, old, SandboxData.ORDER), updated);
        byId.put(updated.id(), updated);
        count(old, -1);
        count(updated, 1);
    }

    void remove(Opportunity o) {
        ordered.remove(Collections.binarySearch(ordered, o, SandboxData.ORDER));
        byId.remove(o.id());
        count(o, -1);
    }

    /**
     * Removes a tag from the tag list and from every opportunity carrying it, leaving their other fields (updatedAt
     * included) as they were; false when the tag is not listed.
     */
    boolean deleteTag(String tag) {
        if (!tagCounts.containsKey(tag)) {
            return false;
        }
        for (int i = 0; i < ordered.size(); i++) {
            Opportunity o = ordered.get(i);
            if (o.tags().contains(tag)) {
                OpportunityBuilder b = OpportunityBuilder.from(o);
                b.tags.remove(tag);
                Opportunity without = b.build();
                ordered.set(i, without);
                byId.put(without.id(), without);
            }
        }
        tagCounts.remove(tag);
        return true;
    }

    /**
     * Up to {@code limit} matches after {@code after} (null = from the start) and whether more follow. Binary
     * search to the start, then a scan: a whole walk costs O(n), not O(n²).
     */
    SandboxData.Slice<Opportunity> page(Predicate<Opportunity> filter, OffsetTokens.Key after, int limit) {
        int from = after == null
                ? 0
                : OffsetTokens.firstAfter(
                        ordered, o -> new OffsetTokens.Key(o.createdAt(), o.id()), OffsetTokens.NEWEST_FIRST, after);
        List<Opportunity> out = new ArrayList<>(limit);
        for (int i = from; i < ordered.size(); i++) {
            Opportunity o = ordered.get(i);
            if (filter.test(o)) {
                if (out.size() == limit) {
                    return new SandboxData.Slice<>(out, true);
                }
                out.add(o);
            }
        }
        return new SandboxData.Slice<>(out, false);
    }

    /** Tags and sources stay listed at count 0: Lever keeps them in the account's list once created. */
    private void count(Opportunity o, int delta) {
        o.tags().forEach(t -> tagCounts.merge(t, delta, Integer::sum));
        o.sources().forEach(s -> sourceCounts.merge(s, delta, Integer::sum));
    }
}

package io.stageboard.sandbox;

import io.stageboard.sandbox.SandboxModel.Note;
import io.stageboard.sandbox.SandboxModel.Opportunity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The seeded opportunities by position (0 to {@link #size()} − 1), in no particular order, and their notes. Either
 * a list drawn up front or drawn on demand; the same position always gives the same opportunity. Thread-safe.
 */
interface SeedOpportunities {

    /** How many opportunities were seeded. */
    int size();

    /** Opportunity {@code i}, complete. */
    Opportunity opportunity(int i);

    /**
     * At least what the index keeps of opportunity {@code i}: id, times, stage, archive, confidentiality, tags and
     * sources; cheaper than {@link #opportunity} when drawn on demand.
     */
    Opportunity facts(int i);

    /** The seeded notes of opportunity {@code i}, oldest first. */
    List<Note> notes(int i);

    /** Opportunities drawn up front, with their notes. */
    static SeedOpportunities listed(List<Opportunity> opportunities, List<Note> notes) {
        Map<String, List<Note>> byOpportunity = new HashMap<>();
        notes.forEach(n -> byOpportunity
                .computeIfAbsent(n.opportunityId(), k -> new ArrayList<>())
                .add(n));
        List<Opportunity> list = List.copyOf(opportunities);
        return new SeedOpportunities() {
            @Override
            public int size() {
                return list.size();
            }

            @Override
            public Opportunity opportunity(int i) {
                return list.get(i);
            }

            @Override
            public Opportunity facts(int i) {
                return list.get(i);
            }

            @Override
            public List<Note> notes(int i) {
                return List.copyOf(byOpportunity.getOrDefault(list.get(i).id(), List.of()));
            }
        };
    }
}

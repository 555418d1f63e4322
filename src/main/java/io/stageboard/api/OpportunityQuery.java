package io.stageboard.api;

import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Filters for {@code GET /opportunities}. Immutable. Multi-valued filters are sent by repeating the key, which
 * Lever reads as a union ({@code stage(a, b)} = in stage a or b); different filters combine as "and".
 */
public final class OpportunityQuery {

    private static final OpportunityQuery ALL = new Builder().build();

    private final List<Map.Entry<String, String>> parameters;

    private OpportunityQuery(List<Map.Entry<String, String>> parameters) {
        this.parameters = List.copyOf(parameters);
    }

    /** @return a builder for a new query */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the query without filters: every opportunity, active and archived (confidential ones too when the key may see them) */
    public static OpportunityQuery all() {
        return ALL;
    }

    /** @return the query parameters in Lever's names, in the order they were added */
    List<Map.Entry<String, String>> parameters() {
        return parameters;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OpportunityQuery q && q.parameters.equals(parameters);
    }

    @Override
    public int hashCode() {
        return parameters.hashCode();
    }

    @Override
    public String toString() {
        return "OpportunityQuery" + parameters;
    }

    /** Collects filters; each method may be called more than once and adds to the earlier values. */
    public static final class Builder {

        private final List<Map.Entry<String, String>> parameters = new ArrayList<>();

        private Builder() {}

        /** @param stageIds currently in any of these stages ({@code stage_id}) */
        public Builder stage(String... stageIds) {
            return add("stage_id", stageIds);
        }

        /** @param postingIds applied to any of these postings ({@code posting_id}) */
        public Builder posting(String... postingIds) {
            return add("posting_id", postingIds);
        }

        /** @param tags has any of these tags; case sensitive ({@code tag}) */
        public Builder tag(String... tags) {
            return add("tag", tags);
        }

        /** @param archived true = only archived, false = only active, null = both (Lever's default) */
        public Builder archived(Boolean archived) {
            parameters.removeIf(e -> e.getKey().equals("archived"));
            return archived == null ? this : add("archived", archived.toString());
        }

        /** @param reasonIds archived for any of these reasons ({@code archive_reason_id}) */
        public Builder archiveReason(String... reasonIds) {
            return add("archive_reason_id", reasonIds);
        }

        /** @param millis updated at or after this time, ms since the epoch; null for no bound */
        public Builder updatedAtStart(Long millis) {
            parameters.removeIf(e -> e.getKey().equals("updated_at_start"));
            return millis == null ? this : add("updated_at_start", millis.toString());
        }

        /** @param millis created at or after this time, ms since the epoch; null for no bound */
        public Builder createdAtStart(Long millis) {
            parameters.removeIf(e -> e.getKey().equals("created_at_start"));
            return millis == null ? this : add("created_at_start", millis.toString());
        }

        /** @param millis created at or before this time, ms since the epoch; null for no bound */
        public Builder createdAtEnd(Long millis) {
            return bound("created_at_end", millis);
        }

        /** @param millis archived at or after this time, ms since the epoch; null for no bound */
        public Builder archivedAtStart(Long millis) {
            return bound("archived_at_start", millis);
        }

        /** @param millis archived at or before this time, ms since the epoch; null for no bound */
        public Builder archivedAtEnd(Long millis) {
            return bound("archived_at_end", millis);
        }

        /** @param origins any of these origins, e.g. {@code applied}, {@code sourced} */
        public Builder origin(String... origins) {
            return add("origin", origins);
        }

        /** @param sources any of these sources */
        public Builder source(String... sources) {
            return add("source", sources);
        }

        /** @param fields references to expand, e.g. {@code stage}, {@code owner}; records still hold the ids */
        public Builder expand(String... fields) {
            return add("expand", fields);
        }

        /** @return the immutable query */
        public OpportunityQuery build() {
            return new OpportunityQuery(parameters);
        }

        private Builder bound(String name, Long millis) {
            parameters.removeIf(e -> e.getKey().equals(name));
            return millis == null ? this : add(name, millis.toString());
        }

        private Builder add(String name, String... values) {
            for (String value : values) {
                parameters.add(new SimpleImmutableEntry<>(name, Objects.requireNonNull(value, name)));
            }
            return this;
        }
    }
}

package io.stageboard.sandbox;

import io.stageboard.sandbox.SandboxModel.Opportunity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The {@code GET /opportunities} filters as one predicate: values of a repeated parameter are OR'ed, different
 * parameters AND'ed, text comparisons are exact (tags are case sensitive), time ranges inclusive. The parts the
 * index keeps (archived, stage, creation and update times, confidentiality) can also be asked before an
 * opportunity is drawn, through {@link #archived()} and {@link #mayMatch}.
 */
final class OpportunityFilter implements Predicate<Opportunity> {

    private final List<Predicate<Opportunity>> parts = new ArrayList<>();
    private Boolean archived;
    private Set<String> stageIds;
    private Long createdStart;
    private Long createdEnd;
    private Long updatedStart;
    private Long updatedEnd;
    private String confidentiality;

    private OpportunityFilter() {}

    static OpportunityFilter from(Request r) {
        OpportunityFilter f = new OpportunityFilter();
        List<Predicate<Opportunity>> parts = f.parts;
        List<String> stages = r.all("stage_id");
        f.stageIds = stages.isEmpty() ? null : Set.copyOf(stages);
        anyOf(parts, stages, (o, ids) -> ids.contains(o.stage()));
        anyOf(parts, r.all("posting_id"), (o, ids) -> o.postingId() != null && ids.contains(o.postingId()));
        anyOf(
                parts,
                r.all("archived_posting_id"),
                (o, ids) -> o.archived() != null && o.postingId() != null && ids.contains(o.postingId()));
        anyOf(parts, r.all("tag"), (o, tags) -> o.tags().stream().anyMatch(tags::contains));
        anyOf(parts, r.all("origin"), (o, origins) -> origins.contains(o.origin()));
        anyOf(parts, r.all("source"), (o, sources) -> o.sources().stream().anyMatch(sources::contains));
        anyOf(parts, r.all("contact_id"), (o, ids) -> ids.contains(o.contact()));
        anyOf(
                parts,
                r.all("archive_reason_id"),
                (o, ids) -> o.archived() != null && ids.contains(o.archived().reason()));
        anyOf(parts, r.all("location"), (o, locations) -> locations.contains(o.opportunityLocation()));
        anyOf(
                parts,
                r.emails(),
                (o, emails) -> o.emails().stream().anyMatch(e -> emails.contains(e.toLowerCase(Locale.ROOT))));
        Boolean archived = r.bool("archived");
        f.archived = archived;
        if (archived != null) {
            parts.add(o -> o.isArchived() == archived);
        }
        Boolean snoozed = r.bool("snoozed");
        if (snoozed != null) {
            long now = System.currentTimeMillis();
            parts.add(o -> (o.snoozedUntil() != null && o.snoozedUntil() > now) == snoozed);
        }
        range(parts, r, "created_at", Opportunity::createdAt);
        range(parts, r, "updated_at", Opportunity::updatedAt);
        range(parts, r, "advanced_at", Opportunity::lastAdvancedAt);
        range(
                parts,
                r,
                "archived_at",
                o -> o.archived() == null ? null : o.archived().archivedAt());
        String confidentiality = r.confidentiality();
        if (!confidentiality.equals("all")) {
            f.confidentiality = confidentiality;
            parts.add(o -> o.confidentiality().equals(confidentiality));
        }
        f.createdStart = r.millis("created_at_start");
        f.createdEnd = r.millis("created_at_end");
        f.updatedStart = r.millis("updated_at_start");
        f.updatedEnd = r.millis("updated_at_end");
        return f;
    }

    @Override
    public boolean test(Opportunity o) {
        for (Predicate<Opportunity> p : parts) {
            if (!p.test(o)) {
                return false;
            }
        }
        return true;
    }

    /** The {@code archived} filter: true, false, or null for both. */
    Boolean archived() {
        return archived;
    }

    /** False when these indexed fields already rule an opportunity out; true does not promise a match. */
    boolean mayMatch(String stage, long createdAt, Long updatedAt, String confidential) {
        return (stageIds == null || stageIds.contains(stage))
                && within(createdAt, createdStart, createdEnd)
                && (updatedStart == null && updatedEnd == null
                        || updatedAt != null && within(updatedAt, updatedStart, updatedEnd))
                && (confidentiality == null || confidentiality.equals(confidential));
    }

    private static boolean within(long v, Long start, Long end) {
        return (start == null || v >= start) && (end == null || v <= end);
    }

    private interface Match {
        boolean test(Opportunity o, Set<String> values);
    }

    private static void anyOf(List<Predicate<Opportunity>> parts, List<String> values, Match match) {
        if (!values.isEmpty()) {
            Set<String> set = new HashSet<>(values);
            parts.add(o -> match.test(o, set));
        }
    }

    /** {@code name_start} / {@code name_end}, inclusive; records with no value (e.g. null updatedAt) never match. */
    private static void range(
            List<Predicate<Opportunity>> parts, Request r, String name, Function<Opportunity, Long> field) {
        Long start = r.millis(name + "_start");
        Long end = r.millis(name + "_end");
        if (start == null && end == null) {
            return;
        }
        parts.add(o -> {
            Long v = field.apply(o);
            return v != null && (start == null || v >= start) && (end == null || v <= end);
        });
    }
}

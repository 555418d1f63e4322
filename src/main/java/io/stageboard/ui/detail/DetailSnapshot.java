package io.stageboard.ui.detail;

import io.stageboard.api.ArchiveReason;
import io.stageboard.api.Opportunity;
import io.stageboard.api.Phone;
import io.stageboard.api.StageChange;
import io.stageboard.service.sync.PipelineReference;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * What the detail pane shows of one opportunity, as display text joined with the account's users, postings,
 * stages and archive reasons. Immutable: a change on Lever produces a new snapshot.
 */
public record DetailSnapshot(
        String id,
        String name,
        String headline,
        List<String> emails,
        List<String> phones,
        String location,
        List<String> links,
        String posting,
        String owner,
        List<String> followers,
        String origin,
        List<String> sources,
        String created,
        String updated,
        String stage,
        List<String> stageHistory,
        String archived,
        boolean isArchived) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
            .withLocale(Locale.getDefault(Locale.Category.FORMAT));

    public DetailSnapshot {
        emails = List.copyOf(emails);
        phones = List.copyOf(phones);
        links = List.copyOf(links);
        followers = List.copyOf(followers);
        sources = List.copyOf(sources);
        stageHistory = List.copyOf(stageHistory);
    }

    /** Builds the snapshot; {@code postingTitle} comes from the board because a single read has no applications. */
    static DetailSnapshot of(Opportunity o, String postingTitle, PipelineReference ref, ZoneId zone) {
        String posting = o.postingId() != null ? ref.postingTitle(o.postingId()) : postingTitle;
        return new DetailSnapshot(
                o.id(),
                text(o.name()),
                text(o.headline()),
                o.emails(),
                o.phones().stream().map(DetailSnapshot::phone).toList(),
                text(o.location()),
                o.links(),
                text(posting),
                name(ref, o.owner()),
                o.followers().stream().map(f -> name(ref, f)).toList(),
                text(o.origin()),
                o.sources(),
                time(o.createdAt(), zone),
                o.updatedAt() == null ? "never" : time(o.updatedAt(), zone),
                stageName(ref, o.stage()),
                newestFirst(o.stageChanges()).stream()
                        .map(c -> change(c, ref, zone))
                        .toList(),
                archived(o, ref, zone),
                o.isArchived());
    }

    /** Formats a Lever time (ms since the epoch) for people in {@code zone}. */
    static String time(Long millis, ZoneId zone) {
        return millis == null ? "" : TIME.format(Instant.ofEpochMilli(millis).atZone(zone));
    }

    private static List<StageChange> newestFirst(List<StageChange> changes) {
        List<StageChange> copy = new ArrayList<>(changes);
        Collections.reverse(copy);
        return copy;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String name(PipelineReference ref, String userId) {
        if (userId == null) {
            return "";
        }
        String name = ref.userName(userId);
        return name.isEmpty() ? "unknown user" : name;
    }

    private static String stageName(PipelineReference ref, String stageId) {
        return stageId == null ? "" : ref.stage(stageId).map(s -> s.text()).orElse(stageId);
    }

    private static String phone(Phone p) {
        return p.type() == null || p.type().isBlank() ? text(p.value()) : text(p.value()) + " (" + p.type() + ")";
    }

    private static String change(StageChange c, PipelineReference ref, ZoneId zone) {
        String who = c.userId() == null ? "" : " by " + name(ref, c.userId());
        return stageName(ref, c.toStageId()) + " — " + time(c.updatedAt(), zone) + who;
    }

    private static String archived(Opportunity o, PipelineReference ref, ZoneId zone) {
        if (o.archived() == null) {
            return "Active";
        }
        ArchiveReason reason = ref.archiveReasonsById().get(o.archived().reason());
        String why = reason == null ? "an unknown reason" : reason.text();
        return "Archived (" + why + ") on " + time(o.archived().archivedAt(), zone);
    }
}

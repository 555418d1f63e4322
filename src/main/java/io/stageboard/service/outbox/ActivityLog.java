package io.stageboard.service.outbox;

import io.stageboard.api.ArchiveReason;
import io.stageboard.api.LeverClient;
import io.stageboard.api.Stage;
import io.stageboard.api.User;
import io.stageboard.store.ActivityRow;
import io.stageboard.store.ItemState;
import io.stageboard.store.Outbox;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;

/**
 * The activity log: every write the app made, single or bulk, read from the outbox and put in words, and its
 * export as CSV.
 */
public final class ActivityLog {

    /** The most entries read at once. */
    public static final int LIMIT = 20_000;

    private static final DateTimeFormatter CSV_TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private final Outbox outbox;
    private final LeverClient client;
    private final Executor background;
    private final ZoneId zone;
    private volatile Names names;

    /**
     * @param outbox     the journal
     * @param client     for user, stage and archive-reason names (read once)
     * @param background where the disk and Lever are read; never the FX thread
     * @param zone       the zone of the times in the CSV export
     */
    public ActivityLog(Outbox outbox, LeverClient client, Executor background, ZoneId zone) {
        this.outbox = outbox;
        this.client = client;
        this.background = background;
        this.zone = zone;
    }

    /** Reads the newest entries, newest first. */
    public CompletableFuture<List<ActivityEntry>> entries() {
        return CompletableFuture.supplyAsync(
                () -> {
                    Names known = names();
                    return outbox.activity(LIMIT).stream()
                            .map(row -> entry(row, known))
                            .toList();
                },
                background);
    }

    /**
     * Writes entries as CSV (RFC 4180, UTF-8, a header line), replacing {@code file}.
     *
     * @return the file, once written
     */
    public CompletableFuture<Path> exportCsv(List<ActivityEntry> entries, Path file) {
        List<ActivityEntry> copy = List.copyOf(entries);
        return CompletableFuture.supplyAsync(
                () -> {
                    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                        out.write(csvLine(
                                List.of("When", "Who", "What", "Before", "After", "Outcome", "Message", "Job")));
                        for (ActivityEntry e : copy) {
                            out.write(csvLine(List.of(
                                    CSV_TIME.format(e.at().atZone(zone)),
                                    e.who(),
                                    e.description(),
                                    e.before(),
                                    e.after(),
                                    e.outcome(),
                                    e.message(),
                                    Long.toString(e.jobId()))));
                        }
                        return file;
                    } catch (IOException e) {
                        throw new UncheckedIOException(
                                "Could not write " + file + ": " + e.getMessage()
                                        + ". Choose a folder you can write to.",
                                e);
                    }
                },
                background);
    }

    static String csvLine(List<String> fields) {
        return fields.stream().map(ActivityLog::csvField).collect(Collectors.joining(",")) + "\r\n";
    }

    private static String csvField(String value) {
        String v = value == null ? "" : value;
        return v.matches("(?s).*[\",\r\n].*") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }

    private ActivityEntry entry(ActivityRow row, Names known) {
        String outcome = switch (row.state()) {
            case SUCCEEDED -> "Succeeded";
            case UNCHANGED -> "Unchanged";
            default -> HeldForReview.isHeld(row.message()) ? HeldForReview.OUTCOME : "Failed";
        };
        return new ActivityEntry(
                Instant.ofEpochMilli(row.at()),
                row.actor() == null ? "API key owner" : known.users.getOrDefault(row.actor(), row.actor()),
                row.description(),
                describe(row.kind(), row.before(), known),
                row.state() == ItemState.FAILED ? "" : describe(row.kind(), row.after(), known),
                outcome,
                row.message() == null ? "" : row.message(),
                row.jobId());
    }

    private static String describe(String kind, String json, Names known) {
        if (json == null) {
            return "";
        }
        if (kind.startsWith("note-")) {
            return Json.read(json, NoteState.class).describe();
        }
        if (kind.equals("candidate-create")) {
            return Json.read(json, CreateCandidate.Created.class).describe();
        }
        if (kind.equals("file-upload")) {
            return Json.read(json, UploadFile.Uploaded.class).describe();
        }
        Snapshot s = Json.read(json, Snapshot.class);
        return switch (kind) {
            case "tags", TagDeletionJournal.KIND ->
                s.tags().isEmpty() ? "no tags" : "tags: " + String.join(", ", s.tags());
            case "stage" -> "stage: " + known.stages.getOrDefault(s.stage(), String.valueOf(s.stage()));
            default ->
                !s.archived()
                        ? "active"
                        : "archived"
                                + (s.archiveReason() == null
                                        ? ""
                                        : ": " + known.reasons.getOrDefault(s.archiveReason(), s.archiveReason()));
        };
    }

    private Names names() {
        Names known = names;
        if (known == null) {
            try {
                known = new Names(
                        client.users(true).stream().collect(Collectors.toMap(User::id, User::name, (a, b) -> a)),
                        client.stages().stream().collect(Collectors.toMap(Stage::id, Stage::text, (a, b) -> a)),
                        client.archiveReasons().stream()
                                .collect(Collectors.toMap(ArchiveReason::id, ArchiveReason::text, (a, b) -> a)));
                names = known;
            } catch (RuntimeException e) {
                // Without Lever the log still shows, with ids where names would be; names are tried again next time.
                return new Names(Map.of(), Map.of(), Map.of());
            }
        }
        return known;
    }

    private record Names(Map<String, String> users, Map<String, String> stages, Map<String, String> reasons) {}
}

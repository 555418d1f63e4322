package io.stageboard.service.insights;

import io.stageboard.api.ArchiveReason;
import io.stageboard.api.LeverClient;
import io.stageboard.api.Opportunity;
import io.stageboard.api.OpportunityQuery;
import io.stageboard.service.sync.PipelineReference;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javax.imageio.ImageIO;

/** Counts the pipeline for insights (one paged walk per report) and writes reports as CSV and PNG files. */
public final class InsightsService {

    private final LeverClient client;
    private final Executor background;

    /**
     * @param client     the Lever client of the current workspace
     * @param background where requests and file writes run; never the FX thread
     */
    public InsightsService(LeverClient client, Executor background) {
        this.client = client;
        this.background = background;
    }

    /**
     * Counts the opportunities the query selects: active ones by stage, archived ones by reason. Lever filters by
     * posting and period on the server, so only the matching opportunities are fetched.
     *
     * @param reference the account's stages and archive reasons
     */
    public CompletableFuture<InsightsReport> report(InsightsQuery query, PipelineReference reference) {
        return CompletableFuture.supplyAsync(() -> count(fetch(query), reference), background);
    }

    private List<Opportunity> fetch(InsightsQuery query) {
        OpportunityQuery.Builder q = OpportunityQuery.builder();
        if (query.postingId() != null) {
            q.posting(query.postingId());
        }
        if (query.basis() == InsightsQuery.Basis.CREATED) {
            q.createdAtStart(query.fromMillis()).createdAtEnd(query.toMillis());
        } else {
            q.archived(true).archivedAtStart(query.fromMillis()).archivedAtEnd(query.toMillis());
        }
        return client.opportunities(q.build()).fetchAll();
    }

    static InsightsReport count(List<Opportunity> opportunities, PipelineReference reference) {
        Map<String, Integer> byStage = new HashMap<>();
        Map<String, Integer> byReason = new HashMap<>();
        for (Opportunity o : opportunities) {
            if (o.isArchived()) {
                byReason.merge(o.archived().reason(), 1, Integer::sum);
            } else {
                byStage.merge(o.stage(), 1, Integer::sum);
            }
        }
        List<InsightsReport.StageCount> funnel = reference.stages().stream()
                .map(s -> new InsightsReport.StageCount(s.id(), s.text(), byStage.getOrDefault(s.id(), 0)))
                .toList();
        List<InsightsReport.ReasonCount> outcomes = new ArrayList<>();
        List<ArchiveReason> reasons = reference.archiveReasons();
        // Hired first: it is the one good outcome; every other reason means rejected.
        reasons.stream().filter(ArchiveReason::isHired).forEach(r -> outcomes.add(reasonCount(r, byReason)));
        reasons.stream()
                .filter(r -> !r.isHired() && (r.isActive() || byReason.containsKey(r.id())))
                .forEach(r -> outcomes.add(reasonCount(r, byReason)));
        return new InsightsReport(funnel, outcomes);
    }

    private static InsightsReport.ReasonCount reasonCount(ArchiveReason r, Map<String, Integer> byReason) {
        return new InsightsReport.ReasonCount(r.id(), r.text(), r.isHired(), byReason.getOrDefault(r.id(), 0));
    }

    /**
     * Writes the report as CSV (section, name, count), replacing the file only once it is complete.
     *
     * @param title a first comment-free line naming the posting and the period
     */
    public CompletableFuture<Path> writeCsv(InsightsReport report, String title, Path file) {
        return CompletableFuture.supplyAsync(
                () -> {
                    StringBuilder csv = new StringBuilder("section,name,count\r\n");
                    csv.append(row("report", title, ""))
                            .append(row("total", "Active", report.active()))
                            .append(row("total", "Hired", report.hired()))
                            .append(row("total", "Rejected", report.rejected()));
                    report.funnel().forEach(s -> csv.append(row("active by stage", s.stageName(), s.count())));
                    report.outcomes()
                            .forEach(r -> csv.append(row(r.hired() ? "hired" : "rejected", r.reasonText(), r.count())));
                    return writeAtomically(file, tmp -> {
                        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                            w.write(csv.toString());
                        }
                    });
                },
                background);
    }

    /**
     * Writes ARGB pixels (one int per pixel, row by row, as JavaFX's {@code PixelReader} gives them) as a PNG.
     * Uses {@code javax.imageio}, so no JavaFX–Swing bridge is needed.
     */
    public CompletableFuture<Path> writePng(int width, int height, int[] argb, Path file) {
        return CompletableFuture.supplyAsync(
                () -> {
                    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
                    image.setRGB(0, 0, width, height, argb, 0, width);
                    return writeAtomically(file, tmp -> {
                        if (!ImageIO.write(image, "png", tmp.toFile())) {
                            throw new IOException("No PNG writer is available");
                        }
                    });
                },
                background);
    }

    private interface FileBody {
        void write(Path tmp) throws IOException;
    }

    // A temporary file moved into place: a failed export never leaves a half-written file behind.
    private static Path writeAtomically(Path file, FileBody body) {
        Path dir = file.toAbsolutePath().getParent();
        try {
            Path tmp = Files.createTempFile(dir, ".stageboard-export", ".tmp");
            try {
                body.write(tmp);
                return Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            // The failure's sentence names the file; the exception's class says why (a missing folder, no access).
            throw new UncheckedIOException(
                    "Could not write " + file + " (" + e.getClass().getSimpleName() + ").", e);
        }
    }

    private static String row(String section, String name, Object count) {
        return csv(section) + "," + csv(name) + "," + count + "\r\n";
    }

    private static String csv(String value) {
        boolean quote = value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r");
        String escaped = value.replace("\"", "\"\"");
        // A leading = + - @ would run as a formula in a spreadsheet.
        if (!escaped.isEmpty() && "=+-@".indexOf(escaped.charAt(0)) >= 0) {
            escaped = "'" + escaped;
        }
        return quote ? "\"" + escaped + "\"" : escaped;
    }
}

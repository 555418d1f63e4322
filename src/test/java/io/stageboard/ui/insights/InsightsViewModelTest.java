package io.stageboard.ui.insights;

import static org.assertj.core.api.Assertions.assertThat;

import io.stageboard.api.LeverClient;
import io.stageboard.sandbox.SandboxModel;
import io.stageboard.sandbox.SandboxOptions;
import io.stageboard.sandbox.SandboxServer;
import io.stageboard.service.insights.InsightsQuery;
import io.stageboard.service.insights.InsightsReport;
import io.stageboard.service.insights.InsightsService;
import io.stageboard.service.sync.PipelineService;
import io.stageboard.testing.RecordingNotifier;
import io.stageboard.ui.common.LoadStatus;
import io.stageboard.ui.common.UiExecutor;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Predicate;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The insights' numbers against counts computed straight from the sandbox's data. */
class InsightsViewModelTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-10-01T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private SandboxServer sandbox;
    private LeverClient client;
    private RecordingNotifier notifier;
    private InsightsViewModel model;

    @BeforeEach
    void start() throws Exception {
        sandbox = SandboxServer.start(SandboxOptions.defaults().withSize(250).withSeed(9));
        client = LeverClient.builder()
                .baseUrl(sandbox.baseUrl())
                .apiKey(sandbox.apiKey())
                .rateLimit(1000, 1000)
                .build();
        notifier = new RecordingNotifier();
        Executor now = Runnable::run;
        model = new InsightsViewModel(
                new PipelineService(client, now),
                new InsightsService(client, now),
                UiExecutor.direct(),
                notifier,
                CLOCK);
        model.load();
    }

    @AfterEach
    void stop() {
        client.close();
        sandbox.close();
    }

    private static long startOf(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    /** The counts a recruiter would get by hand from Lever's data (the key sees non-confidential only). */
    private InsightsReport expected(Predicate<SandboxModel.Opportunity> selected) {
        List<SandboxModel.Opportunity> chosen = sandbox.data().opportunities().stream()
                .filter(o -> o.confidentiality().equals("non-confidential"))
                .filter(selected)
                .toList();
        List<InsightsReport.StageCount> funnel = sandbox.data().stages().stream()
                .map(s -> new InsightsReport.StageCount(s.id(), s.text(), (int) chosen.stream()
                        .filter(o -> !o.isArchived() && o.stage().equals(s.id()))
                        .count()))
                .toList();
        Map<String, InsightsReport.ReasonCount> outcomes = new LinkedHashMap<>();
        List<SandboxModel.ArchiveReason> reasons = sandbox.data().archiveReasons();
        reasons.stream().filter(r -> r.type().equals("hired")).forEach(r -> outcomes.put(r.id(), count(r, chosen)));
        reasons.stream()
                .filter(r -> !r.type().equals("hired"))
                .filter(r -> r.status().equals("active") || count(r, chosen).count() > 0)
                .forEach(r -> outcomes.put(r.id(), count(r, chosen)));
        return new InsightsReport(funnel, List.copyOf(outcomes.values()));
    }

    private static InsightsReport.ReasonCount count(
            SandboxModel.ArchiveReason r, List<SandboxModel.Opportunity> chosen) {
        return new InsightsReport.ReasonCount(r.id(), r.text(), r.type().equals("hired"), (int) chosen.stream()
                .filter(o -> o.isArchived() && o.archived().reason().equals(r.id()))
                .count());
    }

    @Test
    void theWholeAccountOverTheLastYearMatchesTheSandbox() {
        long from = startOf(LocalDate.of(2025, 10, 1));
        long to = startOf(LocalDate.of(2026, 10, 2)) - 1;

        assertThat(model.statusProperty().get()).isEqualTo(LoadStatus.LOADED);
        assertThat(model.reportProperty().get()).isEqualTo(expected(o -> o.createdAt() >= from && o.createdAt() <= to));
        assertThat(model.reportProperty().get().hired()).isPositive();
        assertThat(model.reportProperty().get().rejected()).isPositive();
    }

    @Test
    void onePostingArchivedInAPeriodMatchesTheSandbox() {
        SandboxModel.Posting posting = sandbox.data().postings().get(0);
        model.basisProperty().set(InsightsQuery.Basis.ARCHIVED);
        model.fromProperty().set(LocalDate.of(2026, 4, 1));
        model.toProperty().set(LocalDate.of(2026, 9, 30));
        model.postingProperty()
                .set(model.postingChoices().stream()
                        .filter(c -> posting.id().equals(c.value()))
                        .findFirst()
                        .orElseThrow());

        long from = startOf(LocalDate.of(2026, 4, 1));
        long to = startOf(LocalDate.of(2026, 10, 1)) - 1;
        assertThat(model.reportProperty().get())
                .isEqualTo(expected(o -> posting.id().equals(o.postingId())
                        && o.isArchived()
                        && o.archived().archivedAt() >= from
                        && o.archived().archivedAt() <= to));
        assertThat(model.reportProperty().get().active()).isZero();
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsExplained() {
        model.fromProperty().set(LocalDate.of(2026, 5, 2));
        model.toProperty().set(LocalDate.of(2026, 5, 1));

        assertThat(model.statusProperty().get()).isEqualTo(LoadStatus.ERROR);
        assertThat(model.statusMessageProperty().get())
                .isEqualTo("The period ends (2026-05-01) before it starts (2026-05-02); swap the two days.");
    }

    @Test
    void theCsvHoldsTheNumbersShown() throws Exception {
        Path file = dir.resolve("insights.csv");
        InsightsReport report = model.reportProperty().get();

        model.exportCsv(file).join();

        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("section,name,count");
        assertThat(lines)
                .contains(
                        "total,Active," + report.active(),
                        "total,Hired," + report.hired(),
                        "active by stage,New lead," + report.funnel().get(0).count());
        assertThat(lines)
                .hasSize(1 + 4 + report.funnel().size() + report.outcomes().size());
        assertThat(notifier.infos).containsExactly("Saved the insights as CSV to " + file + ".");
    }

    @Test
    void thePngHoldsThePixelsGiven() throws Exception {
        Path file = dir.resolve("chart.png");
        int[] pixels = {0xFFFF0000, 0xFF00FF00, 0xFF0000FF, 0x80FFFFFF};

        model.exportPng(2, 2, pixels, file).join();

        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(new int[] {image.getRGB(0, 0), image.getRGB(1, 0), image.getRGB(0, 1), image.getRGB(1, 1)})
                .isEqualTo(pixels);
    }

    @Test
    void aFailedExportSaysNothingWasWritten() {
        Path file = dir.resolve("missing-folder").resolve("insights.csv");

        model.exportCsv(file).exceptionally(e -> null).join();

        assertThat(notifier.errors)
                .containsExactly("Could not save the CSV file: Could not write " + file
                        + " (NoSuchFileException). Nothing was written; choose another folder and try again.");
        assertThat(Files.exists(file)).isFalse();
    }
}

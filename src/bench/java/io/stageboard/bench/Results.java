package io.stageboard.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The table of results: measured value, target, verdict and a note, printed and written as Markdown. */
final class Results {

    record Row(String measure, String value, String target, String verdict, String note) {}

    private final List<Row> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    void add(String measure, String value, String target, Boolean met, String note) {
        String verdict = met == null ? "—" : met ? "met" : "MISSED";
        rows.add(new Row(measure, value, target, verdict, note));
        System.out.printf(Locale.ROOT, "%-58s %-22s %-14s %-7s%n", measure, value, target, verdict);
    }

    /** Three (or more) repeats as "median (min … max)", each formatted with {@code format}. */
    static String spread(List<Double> values, String format) {
        List<Double> sorted = values.stream().sorted().toList();
        double median = sorted.get(sorted.size() / 2);
        return String.format(Locale.ROOT, format, median)
                + " ("
                + String.format(Locale.ROOT, format, sorted.get(0))
                + " … "
                + String.format(Locale.ROOT, format, sorted.get(sorted.size() - 1))
                + ")";
    }

    /** The median of the repeats. */
    static double median(List<Double> values) {
        return values.stream().sorted().toList().get(values.size() / 2);
    }

    void note(String text) {
        notes.add(text);
    }

    static String machine() {
        long memory = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getTotalMemorySize();
        return String.format(
                Locale.ROOT,
                "%d cores, %.1f GB memory, JDK %s (%s), %s %s %s, max heap %d MB",
                Runtime.getRuntime().availableProcessors(),
                memory / 1e9,
                System.getProperty("java.version"),
                System.getProperty("java.vendor"),
                System.getProperty("os.name"),
                System.getProperty("os.version"),
                System.getProperty("os.arch"),
                Runtime.getRuntime().maxMemory() / (1024 * 1024));
    }

    void write(Path file, String settings) throws IOException {
        StringBuilder md = new StringBuilder("# Stageboard benchmark results\n\n");
        md.append("Run ").append(Instant.now()).append(" with `mvn -Pbench verify -DskipTests` (see README).\n\n");
        md.append("- Machine: ").append(machine()).append('\n');
        md.append("- Sandbox: ").append(settings).append("\n\n");
        md.append("| measure | result | target | verdict | note |\n|---|---|---|---|---|\n");
        for (Row r : rows) {
            md.append("| ")
                    .append(r.measure())
                    .append(" | ")
                    .append(r.value())
                    .append(" | ")
                    .append(r.target())
                    .append(" | ")
                    .append(r.verdict())
                    .append(" | ")
                    .append(r.note())
                    .append(" |\n");
        }
        if (!notes.isEmpty()) {
            md.append("\n## Notes\n\n");
            notes.forEach(n -> md.append("- ").append(n).append('\n'));
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, md.toString());
    }
}

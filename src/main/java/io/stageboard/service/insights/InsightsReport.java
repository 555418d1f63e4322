package io.stageboard.service.insights;

import java.util.List;

/**
 * Pipeline insights over a period: active opportunities by stage (the funnel) and archived ones by reason, where
 * Hired is one reason and every other reason means rejected (Lever's FAQ).
 *
 * @param funnel   one entry per stage, in pipeline order
 * @param outcomes Hired first, then every rejection reason that is active or was used, in Lever's order
 */
public record InsightsReport(List<StageCount> funnel, List<ReasonCount> outcomes) {

    public InsightsReport {
        funnel = List.copyOf(funnel);
        outcomes = List.copyOf(outcomes);
    }

    /** Active opportunities in one stage. */
    public record StageCount(String stageId, String stageName, int count) {}

    /** Archived opportunities with one reason; {@code hired} marks the account's Hired reason. */
    public record ReasonCount(String reasonId, String reasonText, boolean hired, int count) {}

    /** @return the number of active opportunities */
    public int active() {
        return funnel.stream().mapToInt(StageCount::count).sum();
    }

    /** @return the number of hired candidates */
    public int hired() {
        return outcomes.stream()
                .filter(ReasonCount::hired)
                .mapToInt(ReasonCount::count)
                .sum();
    }

    /** @return the number archived for any reason but Hired */
    public int rejected() {
        return outcomes.stream()
                .filter(r -> !r.hired())
                .mapToInt(ReasonCount::count)
                .sum();
    }
}

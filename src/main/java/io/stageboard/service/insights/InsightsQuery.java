package io.stageboard.service.insights;

/**
 * Which opportunities the insights count.
 *
 * @param postingId  one posting, or null for the whole account
 * @param fromMillis start of the period, inclusive, ms since the epoch
 * @param toMillis   end of the period, inclusive
 * @param basis      whether the period applies to the creation or the archive time
 */
public record InsightsQuery(String postingId, long fromMillis, long toMillis, Basis basis) {

    /** The time the period filters on. */
    public enum Basis {
        /** Opportunities created in the period, active or archived now. */
        CREATED,
        /** Opportunities archived in the period; active ones have no archive time, so the funnel is empty. */
        ARCHIVED
    }

    public InsightsQuery {
        if (toMillis < fromMillis) {
            throw new IllegalArgumentException("The period ends before it starts");
        }
    }
}

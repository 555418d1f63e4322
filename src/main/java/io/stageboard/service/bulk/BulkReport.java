package io.stageboard.service.bulk;

import io.stageboard.service.outbox.JobReport;
import java.util.List;

/**
 * The end of a bulk job as the windows and the command line report it.
 *
 * @param job       the job
 * @param summary   {@code N succeeded, M unchanged, K failed}
 * @param failed    the failed items, each with Lever's reason
 * @param cancelled items not sent because the job was cancelled
 * @param canUndo   whether {@link BulkService#undo} can reverse it: a finished tag change that changed something
 */
public record BulkReport(BulkJob job, String summary, List<FailedItem> failed, int cancelled, boolean canUndo) {

    /**
     * One item Lever refused.
     *
     * @param opportunityId the opportunity
     * @param label         the candidate's name
     * @param message       Lever's reason, as a sentence
     */
    public record FailedItem(String opportunityId, String label, String message) {}

    public BulkReport {
        failed = List.copyOf(failed);
    }

    /** The report of a job as the outbox read it back. */
    public static BulkReport of(JobReport report) {
        return new BulkReport(
                new BulkJob(report.job().id(), report.job().description()),
                report.summary(),
                report.failed().stream()
                        .map(i -> new FailedItem(i.opportunityId(), i.label(), i.message()))
                        .toList(),
                report.cancelled(),
                BulkService.canUndo(report.job()) && report.succeeded() > 0);
    }
}

package io.stageboard.service.bulk;

import java.time.Duration;

/**
 * What a bulk action will do, before it runs.
 *
 * @param description       what the job does
 * @param total             opportunities selected
 * @param toSend            how many need a write
 * @param unchanged         how many already are as asked (skipped, no request)
 * @param estimate          how long the writes take at the rate limit
 * @param needsConfirmation true for moving or archiving more than {@link BulkService#CONFIRM_ABOVE}
 */
public record BulkPreview(
        String description, int total, int toSend, int unchanged, Duration estimate, boolean needsConfirmation) {}

package io.stageboard.service.outbox;

import io.stageboard.api.Opportunity;

/**
 * An opportunity a bulk action is to write to, with its fields as the app last saw them: enough to tell, without a
 * request, whether the write would change anything.
 *
 * @param id       opportunity id
 * @param name     the candidate's name
 * @param snapshot the fields as last seen
 */
public record BulkTarget(String id, String name, Snapshot snapshot) {

    /** A target from an opportunity as Lever returned it. */
    public static BulkTarget of(Opportunity opportunity) {
        return new BulkTarget(
                opportunity.id(),
                opportunity.name() == null ? opportunity.id() : opportunity.name(),
                Snapshot.of(opportunity));
    }
}

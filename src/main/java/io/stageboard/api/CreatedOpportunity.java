package io.stageboard.api;

/**
 * The answer to creating an opportunity.
 *
 * @param opportunity the opportunity as Lever stored it
 * @param deduped     true when Lever matched an existing contact by email and attached the new opportunity to it
 *                    (the contact's existing data then wins over what was sent)
 */
public record CreatedOpportunity(Opportunity opportunity, boolean deduped) {}

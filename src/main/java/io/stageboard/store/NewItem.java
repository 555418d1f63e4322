package io.stageboard.store;

/**
 * An item to add with a new job.
 *
 * @param opportunityId the opportunity to write to
 * @param label         the candidate's name
 * @param description   what the item does, in words
 * @param argument      item-specific parameters (JSON), or null
 * @param state         {@link ItemState#PENDING}, or {@link ItemState#UNCHANGED} when it is known to need no write
 * @param before        the relevant fields as last seen (JSON), or null
 * @param message       why an unchanged item needs no write, or null
 */
public record NewItem(
        String opportunityId,
        String label,
        String description,
        String argument,
        ItemState state,
        String before,
        String message) {}

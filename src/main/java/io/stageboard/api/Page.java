package io.stageboard.api;

import java.util.List;

/**
 * One page of a Lever list.
 *
 * @param items the page's items, never null
 * @param hasNext whether another page follows
 * @param next the opaque offset token of the next page, or null
 */
public record Page<T>(List<T> items, boolean hasNext, String next) {

    /** Replaces a missing item list with an empty one. */
    public Page {
        items = Lists.of(items);
    }
}

package io.stageboard.service.sync;

import io.stageboard.api.Opportunity;
import java.util.Locale;

/**
 * What the board shows: the filters of the filter bar and the search text, applied to the cached opportunities.
 * A null or blank value means "any". {@link #test} is the plain definition; {@link BoardIndex} answers the same
 * question faster.
 *
 * @param showArchived also show archived (and hired) opportunities
 * @param postingId    applied to this posting
 * @param tag          carries this tag (case sensitive, as in Lever)
 * @param source       has this source
 * @param origin       has this origin
 * @param ownerId      owned by this user
 * @param search       text the name, headline or an e-mail address contains, any case
 */
public record BoardQuery(
        boolean showArchived,
        String postingId,
        String tag,
        String source,
        String origin,
        String ownerId,
        String search) {

    /** Active opportunities, no other filter. */
    public static final BoardQuery ACTIVE = new BoardQuery(false, null, null, null, null, null, "");

    /** Normalises blanks to null and the search text to its trimmed lower case. */
    public BoardQuery {
        postingId = blankToNull(postingId);
        tag = blankToNull(tag);
        source = blankToNull(source);
        origin = blankToNull(origin);
        ownerId = blankToNull(ownerId);
        search = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
    }

    /** @return true when the opportunity passes every filter */
    public boolean test(Opportunity o) {
        return (showArchived || !o.isArchived())
                && (postingId == null || postingId.equals(o.postingId()))
                && (tag == null || o.tags().contains(tag))
                && (source == null || o.sources().contains(source))
                && (origin == null || origin.equals(o.origin()))
                && (ownerId == null || ownerId.equals(o.owner()))
                && (search.isEmpty() || searchText(o).contains(search));
    }

    /** The lower-cased text the search box looks in: name, headline and e-mail addresses. */
    static String searchText(Opportunity o) {
        String name = o.name() == null ? "" : o.name();
        String headline = o.headline() == null ? "" : o.headline();
        return (name + "\n" + headline + "\n" + String.join("\n", o.emails())).toLowerCase(Locale.ROOT);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}

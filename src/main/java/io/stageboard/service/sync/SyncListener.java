package io.stageboard.service.sync;

import io.stageboard.api.Opportunity;
import java.util.Collection;
import java.util.List;

/**
 * Hears what a sync learned, as it learns it. Called on background threads, one call at a time; hand the news to the
 * UI executor.
 */
public interface SyncListener {

    /**
     * The account's reference data. A first load calls this twice: with the stages alone as soon as they arrive
     * (so columns can show), then with everything.
     */
    default void reference(PipelineReference reference) {}

    /**
     * Opportunities that are new or changed since the cache last saw them; each id once per call. A first load sends
     * active ones only; a later sync also sends those just archived, so the board can let them go.
     */
    void changed(List<Opportunity> opportunities);

    /** Opportunities deleted in Lever (or, after a full pass, no longer listed), by id. */
    void removed(Collection<String> ids);

    /**
     * A first load has delivered every active opportunity: the board is complete. The reference lists and the
     * archived opportunities follow in the background.
     */
    default void activeComplete() {}

    /** How far a first load got through the archived opportunities (which go to the cache, not to {@link #changed}). */
    default void archivedProgress(ArchivedProgress progress) {}
}

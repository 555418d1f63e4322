package io.stageboard.service.postings;

import io.stageboard.api.Posting;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One row of the postings view: a posting of any state, its people by name, and its active opportunities per stage.
 *
 * @param posting           the posting as the Lever API returns it
 * @param ownerName         the owner's name, or "" when unknown
 * @param hiringManagerName the hiring manager's name, or "" when unknown
 * @param activeByStage     stage id → number of active opportunities, in pipeline order, every stage present
 */
public record PostingSummary(
        Posting posting, String ownerName, String hiringManagerName, Map<String, Integer> activeByStage) {

    public PostingSummary {
        activeByStage = Collections.unmodifiableMap(new LinkedHashMap<>(activeByStage));
    }

    /** @return the number of active opportunities over every stage */
    public int activeTotal() {
        return activeByStage.values().stream().mapToInt(Integer::intValue).sum();
    }
}

package io.stageboard.service.tags;

import io.stageboard.api.LeverException;
import io.stageboard.api.Opportunity;

/**
 * The result of renaming a tag on one opportunity (add the new tag, then remove the old one).
 *
 * @param opportunity   the opportunity as Lever has it after the last step that worked
 * @param removeFailure why the old tag could not be removed (the opportunity then carries both), or null
 */
public record TagRename(Opportunity opportunity, LeverException removeFailure) {

    /** @return true when only the new tag remains */
    public boolean renamed() {
        return removeFailure == null;
    }
}

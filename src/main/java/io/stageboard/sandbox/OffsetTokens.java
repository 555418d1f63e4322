package io.stageboard.sandbox;

import io.stageboard.sandbox.SandboxModel.Opportunity;
import java.util.List;

/** Lever-style opaque offset tokens. */
final class OffsetTokens {

    private OffsetTokens() {
    }

    /** The sort key of the last item of a page. */
    record Key(long sortMs, String id) {
    }

    static int firstAfter(List<Opportunity> ordered, Key after) {
        return 0;
    }
}

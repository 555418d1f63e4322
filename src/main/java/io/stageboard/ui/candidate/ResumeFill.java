package io.stageboard.ui.candidate;

import io.stageboard.api.NewOpportunity;
import io.stageboard.api.Opportunity;
import io.stageboard.api.Phone;
import java.util.ArrayList;
import java.util.List;

/**
 * Says in words what Lever filled from a parsed résumé: what the candidate has that the form did not send. Lever parses
 * only as part of the create, so this is said after it, never as a preview.
 */
final class ResumeFill {

    private ResumeFill() {}

    /** "Lever filled from the résumé: name Grace Hopper; email grace@example.com." or that nothing was filled. */
    static String describe(NewOpportunity sent, Opportunity created) {
        List<String> filled = new ArrayList<>();
        if (sent.name().isBlank() && created.name() != null && !created.name().isBlank()) {
            filled.add("name " + created.name());
        }
        add(filled, "email", sent.emails(), created.emails());
        add(
                filled,
                "phone",
                sent.phones().stream().map(Phone::value).toList(),
                created.phones().stream().map(Phone::value).toList());
        add(filled, "link", sent.links(), created.links());
        return filled.isEmpty()
                ? "Lever found nothing in the résumé to fill."
                : "Lever filled from the résumé: " + String.join("; ", filled) + ".";
    }

    private static void add(List<String> filled, String what, List<String> sent, List<String> now) {
        List<String> added =
                now.stream().filter(v -> v != null && !sent.contains(v)).toList();
        if (!added.isEmpty()) {
            filled.add(what + (added.size() == 1 ? " " : "s ") + String.join(", ", added));
        }
    }
}

package io.stageboard.app;

import io.stageboard.api.LeverClient;
import io.stageboard.api.LeverPermissionException;
import io.stageboard.api.Opportunity;
import io.stageboard.api.Posting;
import io.stageboard.api.Stage;
import io.stageboard.service.tags.TagRules;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What {@code bulk-tag} checks before it changes anything, with the window's rules and sentences: the tags (Lever's
 * characters, as {@link TagRules} says in the tag field), the stage and posting ids (they must exist), and, with
 * {@code --dry-run}, what would change.
 */
final class BulkTagChecks {

    private BulkTagChecks() {}

    /**
     * @param add the tags to add, as typed
     * @return the tags to send (surrounding spaces dropped)
     * @throws IllegalArgumentException naming the first refused tag with the window's sentence
     */
    static List<String> tags(List<String> add) {
        List<String> accepted = new ArrayList<>();
        for (String typed : add) {
            TagRules.Verdict verdict = TagRules.check(typed, List.of());
            if (!verdict.ok()) {
                throw new IllegalArgumentException("bulk-tag cannot add the tag \"" + typed + "\": " + verdict.error());
            }
            accepted.add(verdict.tag());
        }
        return accepted;
    }

    /**
     * Checks that every stage and posting id names one of the account's.
     *
     * @throws IllegalArgumentException naming the unknown ids and the known stages
     */
    static void ids(LeverClient client, List<String> stageIds, List<String> postingIds, PrintStream err) {
        if (!stageIds.isEmpty()) {
            List<Stage> stages = client.stages();
            Set<String> known = stages.stream().map(Stage::id).collect(Collectors.toSet());
            List<String> unknown =
                    stageIds.stream().filter(id -> !known.contains(id)).toList();
            if (!unknown.isEmpty()) {
                throw new IllegalArgumentException("bulk-tag: no stage has the id " + quoted(unknown)
                        + ". The account's stages: "
                        + stages.stream()
                                .map(s -> s.id() + " (" + s.text() + ")")
                                .collect(Collectors.joining(", ")) + ".");
            }
        }
        if (!postingIds.isEmpty()) {
            List<Posting> postings;
            try {
                postings = client.postings();
            } catch (LeverPermissionException e) {
                err.println("The key may not read postings (Postings (read)), so the posting ids are not checked.");
                return;
            }
            Set<String> known = postings.stream().map(Posting::id).collect(Collectors.toSet());
            List<String> unknown =
                    postingIds.stream().filter(id -> !known.contains(id)).toList();
            if (!unknown.isEmpty()) {
                throw new IllegalArgumentException("bulk-tag: no posting has the id " + quoted(unknown)
                        + "; Pipeline › Postings in the window lists them.");
            }
        }
    }

    /** Prints, one line an opportunity, what the job would change, then the counts; changes nothing. */
    static void dryRun(List<Opportunity> found, List<String> add, List<String> remove, PrintStream out) {
        int changing = 0;
        for (Opportunity o : found) {
            List<String> adds = add.stream().filter(t -> !o.tags().contains(t)).toList();
            List<String> removes = remove.stream().filter(o.tags()::contains).toList();
            if (adds.isEmpty() && removes.isEmpty()) {
                continue;
            }
            changing++;
            out.println("would change " + o.name() + " (" + o.id() + "):"
                    + (adds.isEmpty() ? "" : " add " + String.join(", ", adds))
                    + (adds.isEmpty() || removes.isEmpty() ? "" : ";")
                    + (removes.isEmpty() ? "" : " remove " + String.join(", ", removes)));
        }
        out.println("bulk-tag (dry run): " + changing + " would change, " + (found.size() - changing)
                + " unchanged, nothing sent to Lever");
        out.flush();
    }

    private static String quoted(List<String> ids) {
        return ids.stream().map(id -> "'" + id + "'").collect(Collectors.joining(", "));
    }
}

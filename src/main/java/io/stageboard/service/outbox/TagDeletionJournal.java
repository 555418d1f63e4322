package io.stageboard.service.outbox;

import io.stageboard.api.Opportunity;
import io.stageboard.store.CreatedJob;
import io.stageboard.store.ItemRow;
import io.stageboard.store.ItemState;
import io.stageboard.store.JobState;
import io.stageboard.store.NewItem;
import io.stageboard.store.Outbox;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes into the activity log that tags were deleted in Lever's settings and left the cached cards: a finished
 * job of kind {@code tag-deleted}, one item per card (or one for the tag library when no card carried them). No
 * request is sent: Lever already removed them.
 */
public final class TagDeletionJournal {

    /** The job kind the activity log reads. */
    public static final String KIND = "tag-deleted";

    private static final String MESSAGE = "Lever no longer lists this tag (it was deleted in Lever's settings);"
            + " Stageboard removed it from its copy.";

    private final Outbox outbox;
    private final String account;

    /**
     * @param outbox  the journal the activity log reads
     * @param account the Lever account (API base URL)
     */
    public TagDeletionJournal(Outbox outbox, String account) {
        this.outbox = outbox;
        this.account = account;
    }

    /**
     * Records the deletion; touches the disk, so call it off the FX thread.
     *
     * @param tags  the tags Lever no longer lists
     * @param cards the cached cards they were removed from, as now cached
     */
    public void record(List<String> tags, List<Opportunity> cards) {
        String what = (tags.size() == 1 ? "Tag " : "Tags ") + String.join(", ", tags);
        String description = what + (tags.size() == 1 ? " was" : " were") + " deleted in Lever's settings and left "
                + (cards.size() == 1 ? "1 card" : cards.size() + " cards") + ", the filters and the tag library.";
        List<NewItem> items = new ArrayList<>();
        List<String> after = new ArrayList<>();
        for (Opportunity card : cards) {
            Snapshot now = Snapshot.of(card);
            List<String> before = new ArrayList<>(now.tags());
            before.addAll(tags);
            items.add(new NewItem(
                    card.id(),
                    card.name(),
                    what + " left " + card.name() + "'s card",
                    null,
                    ItemState.PENDING,
                    Json.write(new Snapshot(now.stage(), before, now.archived(), now.archiveReason())),
                    null));
            after.add(Json.write(now));
        }
        if (items.isEmpty()) {
            items.add(new NewItem(
                    "",
                    "Tag library",
                    description,
                    null,
                    ItemState.PENDING,
                    Json.write(new Snapshot(null, tags, false, null)),
                    null));
            after.add(Json.write(new Snapshot(null, List.of(), false, null)));
        }
        CreatedJob job = outbox.createJob(KIND, Json.write(tags), description, null, account, items);
        for (ItemRow item : job.items()) {
            outbox.record(job.job().id(), item.seq(), ItemState.SUCCEEDED, null, after.get(item.seq()), MESSAGE);
        }
        outbox.setJobState(job.job().id(), JobState.FINISHED);
    }
}

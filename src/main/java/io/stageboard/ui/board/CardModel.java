package io.stageboard.ui.board;

import io.stageboard.api.Opportunity;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * One opportunity as a card on the board. The stage, the time it entered it and the pending mark change as the user
 * moves the card; the rest is fixed for the life of the card.
 */
public final class CardModel {

    private final String id;
    private final String name;
    private final String headline;
    private final String postingId;
    private final String postingTitle;
    private final String ownerId;
    private final String ownerName;
    private final List<String> tags;
    private final List<String> sources;
    private final String origin;
    private final boolean archived;
    private final boolean confidential;
    private final long updatedAt;
    private final String leverUrl;
    // The changing state in plain fields; the properties are made only when someone asks for them, so a board of
    // tens of thousands of cards does not build four property objects per card that nobody watches.
    private String stageId;
    private long lastAdvancedAt;
    private boolean pending;
    private boolean recentlyChanged;
    private ReadOnlyStringWrapper stageIdProperty;
    private ReadOnlyLongWrapper lastAdvancedAtProperty;
    private ReadOnlyBooleanWrapper pendingProperty;
    private ReadOnlyBooleanWrapper recentlyChangedProperty;
    // Where the board's index keeps this opportunity, so filtering needs no lookup by id; -1 when unknown.
    private int indexSlot = -1;
    // The board that shows the card, told of each change so its column and the table follow; and the card's place
    // in the board's list of all cards, kept by that list.
    private Watcher watcher;
    private int position = -1;

    /** Hears of every change of a card's stage, time in stage, pending or highlight mark, after it happened. */
    interface Watcher {
        void changed(CardModel card);
    }

    CardModel(Opportunity opportunity, String postingTitle, String ownerName) {
        this.id = opportunity.id();
        this.name = opportunity.name() == null ? "" : opportunity.name();
        this.headline = opportunity.headline() == null ? "" : opportunity.headline();
        this.postingId = opportunity.postingId();
        this.postingTitle = postingTitle;
        this.ownerId = opportunity.owner();
        this.ownerName = ownerName;
        this.tags = List.copyOf(opportunity.tags());
        this.sources = List.copyOf(opportunity.sources());
        this.origin = opportunity.origin() == null ? "" : opportunity.origin();
        this.archived = opportunity.isArchived();
        this.confidential = "confidential".equals(opportunity.confidentiality());
        this.updatedAt = orZero(opportunity.updatedAt());
        this.leverUrl = opportunity.urls().getOrDefault("show", "");
        this.stageId = opportunity.stage();
        this.lastAdvancedAt = orZero(opportunity.lastAdvancedAt());
    }

    private CardModel(CardModel from, String postingTitle, String ownerName) {
        this.id = from.id;
        this.name = from.name;
        this.headline = from.headline;
        this.postingId = from.postingId;
        this.postingTitle = postingTitle;
        this.ownerId = from.ownerId;
        this.ownerName = ownerName;
        this.tags = from.tags;
        this.sources = from.sources;
        this.origin = from.origin;
        this.archived = from.archived;
        this.confidential = from.confidential;
        this.updatedAt = from.updatedAt;
        this.leverUrl = from.leverUrl;
        this.stageId = from.stageId;
        this.lastAdvancedAt = from.lastAdvancedAt;
        this.indexSlot = from.indexSlot;
    }

    /**
     * The same card with the posting title and owner name looked up again (the names arrived later); an owner still
     * without a name gets {@code unknownOwner}.
     */
    CardModel renamed(Map<String, String> postingTitles, Map<String, String> userNames, String unknownOwner) {
        return new CardModel(
                this,
                postingId == null ? "" : postingTitles.getOrDefault(postingId, postingTitle),
                ownerId == null ? "" : userNames.getOrDefault(ownerId, ownerName.isEmpty() ? unknownOwner : ownerName));
    }

    private static long orZero(Long value) {
        return value == null ? 0 : value;
    }

    /** Takes Lever's answer as the truth for the fields a move can change. */
    void apply(Opportunity current) {
        setStageId(current.stage());
        setLastAdvancedAt(orZero(current.lastAdvancedAt()));
    }

    void moveLocally(String targetStageId) {
        setStageId(targetStageId);
    }

    private void setStageId(String value) {
        if (!Objects.equals(stageId, value)) {
            stageId = value;
            if (stageIdProperty != null) {
                stageIdProperty.set(value);
            }
            changed();
        }
    }

    private void setLastAdvancedAt(long value) {
        if (lastAdvancedAt != value) {
            lastAdvancedAt = value;
            if (lastAdvancedAtProperty != null) {
                lastAdvancedAtProperty.set(value);
            }
            changed();
        }
    }

    void setPending(boolean value) {
        if (pending != value) {
            pending = value;
            if (pendingProperty != null) {
                pendingProperty.set(value);
            }
            changed();
        }
    }

    private void changed() {
        if (watcher != null) {
            watcher.changed(this);
        }
    }

    void watch(Watcher watcher) {
        this.watcher = watcher;
    }

    int position() {
        return position;
    }

    void setPosition(int position) {
        this.position = position;
    }

    int indexSlot() {
        return indexSlot;
    }

    void setIndexSlot(int slot) {
        indexSlot = slot;
    }

    void setRecentlyChanged(boolean value) {
        if (recentlyChanged != value) {
            recentlyChanged = value;
            if (recentlyChangedProperty != null) {
                recentlyChangedProperty.set(value);
            }
            changed();
        }
    }

    /** True for a short while after a sync brought a change made elsewhere, so the card can stand out. */
    public boolean isRecentlyChanged() {
        return recentlyChanged;
    }

    public ReadOnlyBooleanProperty recentlyChangedProperty() {
        if (recentlyChangedProperty == null) {
            recentlyChangedProperty = new ReadOnlyBooleanWrapper(this, "recentlyChanged", recentlyChanged);
        }
        return recentlyChangedProperty.getReadOnlyProperty();
    }

    /** How long the candidate has been in the current stage, from Lever's {@code lastAdvancedAt}. */
    public Duration timeInStage(Clock clock) {
        long since = lastAdvancedAt;
        return since == 0 ? Duration.ZERO : Duration.ofMillis(Math.max(0, clock.millis() - since));
    }

    /** A short phrase such as "3 days in stage" or "5 hours in stage". */
    public String timeInStageText(Clock clock) {
        Duration d = timeInStage(clock);
        if (d.toDays() >= 1) {
            return plural(d.toDays(), "day") + " in stage";
        }
        if (d.toHours() >= 1) {
            return plural(d.toHours(), "hour") + " in stage";
        }
        return plural(Math.max(1, d.toMinutes()), "minute") + " in stage";
    }

    private static String plural(long n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }

    /** The text a screen reader says for this card. */
    public String accessibleText(String stageName, Clock clock) {
        StringBuilder text = new StringBuilder(name);
        if (confidential) {
            text.append(", confidential");
        }
        if (archived) {
            text.append(", archived");
        }
        if (!headline.isBlank()) {
            text.append(", ").append(headline);
        }
        text.append(", in ")
                .append(stageName)
                .append(" for ")
                .append(timeInStageText(clock).replace(" in stage", ""));
        if (!postingTitle.isBlank()) {
            text.append(", for ").append(postingTitle);
        }
        if (!ownerName.isBlank()) {
            text.append(", owned by ").append(ownerName);
        }
        if (!tags.isEmpty()) {
            text.append(", tags ").append(String.join(", ", tags));
        }
        if (pending) {
            text.append(", saving to Lever");
        }
        return text.toString();
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    /** True for a confidential opportunity: only keys with confidential access see it, and the card says so. */
    public boolean isConfidential() {
        return confidential;
    }

    public String headline() {
        return headline;
    }

    public String postingId() {
        return postingId;
    }

    public String postingTitle() {
        return postingTitle;
    }

    public String ownerId() {
        return ownerId;
    }

    public String ownerName() {
        return ownerName;
    }

    public List<String> tags() {
        return tags;
    }

    public List<String> sources() {
        return sources;
    }

    /** The opportunity's page in Lever ("show" of Lever's urls), or empty when Lever did not give one. */
    public String leverUrl() {
        return leverUrl;
    }

    public String origin() {
        return origin;
    }

    /** When Lever last changed the opportunity, ms since the epoch (0 when Lever did not say). */
    public long updatedAt() {
        return updatedAt;
    }

    public boolean isArchived() {
        return archived;
    }

    public String getStageId() {
        return stageId;
    }

    public ReadOnlyStringProperty stageIdProperty() {
        if (stageIdProperty == null) {
            stageIdProperty = new ReadOnlyStringWrapper(this, "stageId", stageId);
        }
        return stageIdProperty.getReadOnlyProperty();
    }

    public long getLastAdvancedAt() {
        return lastAdvancedAt;
    }

    public ReadOnlyLongProperty lastAdvancedAtProperty() {
        if (lastAdvancedAtProperty == null) {
            lastAdvancedAtProperty = new ReadOnlyLongWrapper(this, "lastAdvancedAt", lastAdvancedAt);
        }
        return lastAdvancedAtProperty.getReadOnlyProperty();
    }

    public boolean isPending() {
        return pending;
    }

    public ReadOnlyBooleanProperty pendingProperty() {
        if (pendingProperty == null) {
            pendingProperty = new ReadOnlyBooleanWrapper(this, "pending", pending);
        }
        return pendingProperty.getReadOnlyProperty();
    }

    @Override
    public String toString() {
        return name;
    }
}

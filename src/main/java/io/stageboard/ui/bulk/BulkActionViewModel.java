package io.stageboard.ui.bulk;

import io.stageboard.service.bulk.BulkPreview;
import io.stageboard.service.bulk.BulkService;
import io.stageboard.service.outbox.Archive;
import io.stageboard.service.outbox.BulkTarget;
import io.stageboard.service.outbox.ChangeTags;
import io.stageboard.service.outbox.JobListener;
import io.stageboard.service.outbox.JobRun;
import io.stageboard.service.outbox.MoveStage;
import io.stageboard.service.outbox.Unarchive;
import io.stageboard.service.outbox.WriteCommand;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The bulk action dialog: which action on the selected opportunities, its input validated, and a preview of what it
 * will do and how long it takes at Lever's rate limit, before anything is sent.
 */
public final class BulkActionViewModel {

    /** The actions offered. */
    public enum Action {
        ADD_TAGS("Add tags"),
        REMOVE_TAGS("Remove tags"),
        MOVE("Move to a stage"),
        ARCHIVE("Archive"),
        UNARCHIVE("Unarchive");

        private final String label;

        Action(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** A stage or archive reason to choose. */
    public record Choice(String id, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    private final BulkService bulk;
    private final List<BulkTarget> targets;
    private final List<Choice> stages;
    private final List<Choice> reasons;
    private final ObjectProperty<Action> action = new SimpleObjectProperty<>(this, "action", Action.ADD_TAGS);
    private final StringProperty tagsText = new SimpleStringProperty(this, "tagsText", "");
    private final ObjectProperty<Choice> stage = new SimpleObjectProperty<>(this, "stage");
    private final ObjectProperty<Choice> reason = new SimpleObjectProperty<>(this, "reason");
    private final ReadOnlyStringWrapper validation = new ReadOnlyStringWrapper(this, "validation", "");
    private final ReadOnlyObjectWrapper<BulkPreview> preview = new ReadOnlyObjectWrapper<>(this, "preview");
    private final ReadOnlyStringWrapper previewText = new ReadOnlyStringWrapper(this, "previewText", "");

    /**
     * @param bulk    the bulk engine
     * @param targets the selected opportunities as the app last saw them
     * @param stages  the account's stages, in pipeline order
     * @param reasons the account's active archive reasons
     */
    public BulkActionViewModel(BulkService bulk, List<BulkTarget> targets, List<Choice> stages, List<Choice> reasons) {
        this.bulk = bulk;
        this.targets = List.copyOf(targets);
        this.stages = List.copyOf(stages);
        this.reasons = List.copyOf(reasons);
        for (Observable input : new Observable[] {action, tagsText, stage, reason}) {
            input.addListener(o -> update());
        }
        update();
    }

    private void update() {
        Optional<String> problem = problem();
        validation.set(problem.orElse(""));
        BulkPreview next = problem.isEmpty() ? bulk.preview(command().orElseThrow(), targets) : null;
        preview.set(next);
        previewText.set(next == null ? "" : describe(next));
    }

    private Optional<String> problem() {
        if (targets.isEmpty()) {
            return Optional.of("Select at least one opportunity on the board or in the table first.");
        }
        return switch (action.get()) {
            case ADD_TAGS, REMOVE_TAGS ->
                tags().isEmpty() ? Optional.of("Type at least one tag, one per line.") : Optional.empty();
            case MOVE -> stage.get() == null ? Optional.of("Choose the stage to move them to.") : Optional.empty();
            case ARCHIVE -> reason.get() == null ? Optional.of("Choose an archive reason.") : Optional.empty();
            case UNARCHIVE -> Optional.empty();
        };
    }

    /** The tags typed, one per line (tags may contain commas), trimmed, without blanks or repeats. */
    List<String> tags() {
        return Arrays.stream(tagsText.get().split("\\R"))
                .map(String::strip)
                .filter(t -> !t.isEmpty())
                .distinct()
                .toList();
    }

    /** @return the command, when the input is valid */
    public Optional<WriteCommand> command() {
        if (problem().isPresent()) {
            return Optional.empty();
        }
        return Optional.of(
                switch (action.get()) {
                    case ADD_TAGS -> ChangeTags.adding(tags());
                    case REMOVE_TAGS -> ChangeTags.removing(tags());
                    case MOVE -> new MoveStage(stage.get().id(), stage.get().label(), null);
                    case ARCHIVE -> new Archive(reason.get().id(), reason.get().label());
                    case UNARCHIVE -> new Unarchive();
                });
    }

    private static String describe(BulkPreview p) {
        String skipped = p.unchanged() == 0 ? "" : " " + p.unchanged() + " already are as asked and will be skipped.";
        return p.description() + ": " + p.toSend() + " of " + p.total() + " to change." + skipped
                + (p.toSend() == 0 ? "" : " About " + Durations.words(p.estimate()) + " at Lever's rate limit.");
    }

    /** @return true when the user must confirm before the job starts (moving or archiving more than a handful) */
    public boolean needsConfirmation() {
        return preview.get() != null && preview.get().needsConfirmation();
    }

    /** @return the question to confirm */
    public String confirmationText() {
        BulkPreview p = preview.get();
        return p == null
                ? ""
                : p.description() + "? This changes "
                        + (p.toSend() == 1 ? "1 opportunity" : p.toSend() + " opportunities")
                        + " in Lever for everyone on your team.";
    }

    /**
     * Starts the job; the caller shows its progress. Does nothing but fail when the input is not valid.
     *
     * @param listener hears the job's progress
     */
    public CompletableFuture<JobRun> start(JobListener listener) {
        Optional<WriteCommand> command = command();
        if (command.isEmpty()) {
            return CompletableFuture.failedFuture(new IllegalStateException(validation.get()));
        }
        return bulk.start(command.get(), targets, listener);
    }

    public ObjectProperty<Action> actionProperty() {
        return action;
    }

    public StringProperty tagsTextProperty() {
        return tagsText;
    }

    public ObjectProperty<Choice> stageProperty() {
        return stage;
    }

    public ObjectProperty<Choice> reasonProperty() {
        return reason;
    }

    /** A sentence naming what is missing, or empty when the action can run. */
    public ReadOnlyStringProperty validationProperty() {
        return validation.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<BulkPreview> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty previewTextProperty() {
        return previewText.getReadOnlyProperty();
    }

    public List<Choice> stages() {
        return stages;
    }

    public List<Choice> reasons() {
        return reasons;
    }

    /** How many the dialog touches and who: "3 opportunities selected: Ada Lovelace, Alan Turing and 1 more". */
    public String selectionText() {
        int shown = Math.min(targets.size(), 3);
        String names = String.join(
                ", ", targets.subList(0, shown).stream().map(BulkTarget::name).toList());
        String more = targets.size() > shown ? " and " + (targets.size() - shown) + " more" : "";
        return (targets.size() == 1 ? "1 opportunity selected: " : targets.size() + " opportunities selected: ")
                + names
                + more;
    }

    /** @return how many opportunities are selected */
    public int selectionSize() {
        return targets.size();
    }
}

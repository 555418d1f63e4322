package io.stageboard.ui.detail;

import io.stageboard.api.Opportunity;
import io.stageboard.api.Tag;
import io.stageboard.service.tags.TagRename;
import io.stageboard.service.tags.TagRules;
import io.stageboard.service.tags.TagService;
import io.stageboard.ui.common.Failures;
import io.stageboard.ui.common.Notifier;
import io.stageboard.ui.common.UiExecutor;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The tags of the open opportunity: chips, the add field with validation and completion from the account's tags,
 * removal, and a rename that adds the new tag before removing the old one.
 */
public final class TagsViewModel {

    private final TagService service;
    private final UiExecutor ui;
    private final Notifier notifier;
    private final StringProperty companyPrefix;
    private final ObservableList<String> tags = FXCollections.observableArrayList();
    private final ObservableList<Tag> accountTags = FXCollections.observableArrayList();
    private final StringProperty input = new SimpleStringProperty(this, "input", "");
    private final ReadOnlyStringWrapper inputError = new ReadOnlyStringWrapper(this, "inputError", "");
    private final ReadOnlyStringWrapper inputHint = new ReadOnlyStringWrapper(this, "inputHint", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private Consumer<Opportunity> onChanged = o -> {};
    private String opportunityId;

    TagsViewModel(TagService service, UiExecutor ui, Notifier notifier, StringProperty companyPrefix) {
        this.service = service;
        this.ui = ui;
        this.notifier = notifier;
        this.companyPrefix = companyPrefix;
        // Warnings (long, case-only) show while typing; errors only once the user tries to add.
        input.addListener((o, was, is) -> {
            inputError.set("");
            TagRules.Verdict verdict = TagRules.check(is, accountTagTexts());
            inputHint.set(verdict.ok() && !verdict.tag().isEmpty() ? String.join(" ", verdict.warnings()) : "");
        });
    }

    void show(Opportunity opportunity, Consumer<Opportunity> changed) {
        opportunityId = opportunity.id();
        onChanged = changed;
        tags.setAll(opportunity.tags());
        resetInput();
        loadAccountTags();
    }

    /** Empties the add field to the company prefix (plus a space), so new tags start with it. */
    public void resetInput() {
        String prefix = companyPrefix.get() == null ? "" : companyPrefix.get().strip();
        input.set(prefix.isEmpty() ? "" : prefix + " ");
        inputError.set("");
    }

    /** Reads the account's tags again, for completion and the case-only warning. */
    public void loadAccountTags() {
        service.accountTags()
                .whenCompleteAsync(
                        (loaded, error) -> {
                            if (error == null) {
                                accountTags.setAll(loaded);
                            }
                        },
                        ui);
    }

    /** Account tags whose text contains {@code typed}, ignoring case, for completion. */
    public List<Tag> suggestions(String typed) {
        String needle = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        return accountTags.stream()
                .filter(t -> !tags.contains(t.text()))
                .filter(t -> t.text().toLowerCase(Locale.ROOT).contains(needle))
                .limit(20)
                .toList();
    }

    /** Adds the typed tag after checking it; a refusal sets {@link #inputErrorProperty()} and sends nothing. */
    public void addTyped() {
        TagRules.Verdict verdict = TagRules.check(input.get(), accountTagTexts());
        if (!verdict.ok()) {
            inputError.set(verdict.error());
            return;
        }
        if (tags.contains(verdict.tag())) {
            inputError.set("This candidate already has the tag \"" + verdict.tag() + "\".");
            return;
        }
        String tag = verdict.tag();
        run(
                service.add(opportunityId, tag),
                "Could not add the tag \"" + tag + "\": ",
                " Nothing changed; try again.",
                o -> {
                    resetInput();
                    notifier.info("Tag \"" + tag + "\" added."
                            + (verdict.warnings().isEmpty() ? "" : " " + String.join(" ", verdict.warnings())));
                });
    }

    /** Removes a tag from the opportunity. */
    public void remove(String tag) {
        run(
                service.remove(opportunityId, tag),
                "Could not remove the tag \"" + tag + "\": ",
                " It is still on the candidate.",
                o -> notifier.info("Tag \"" + tag + "\" removed."));
    }

    /**
     * Renames a tag on this opportunity: adds {@code newText}, then removes {@code from}. A failure after the add
     * leaves both tags and says so.
     *
     * @return the refusal sentence when {@code newText} is not a valid tag, else null
     */
    public String rename(String from, String newText) {
        TagRules.Verdict verdict = TagRules.check(newText, accountTagTexts());
        if (!verdict.ok()) {
            return verdict.error();
        }
        String to = verdict.tag();
        if (to.equals(from)) {
            return null;
        }
        if (busy.get()) {
            return "Another tag change is still being saved; try again in a moment.";
        }
        busy.set(true);
        service.rename(opportunityId, from, to)
                .whenCompleteAsync(
                        (result, error) -> {
                            busy.set(false);
                            if (error != null) {
                                notifier.error("Could not rename \"" + from + "\" to \"" + to + "\": "
                                        + Failures.describe(error) + " Nothing changed; the candidate still has \""
                                        + from + "\".");
                                return;
                            }
                            applied(result.opportunity());
                            reportRename(result, from, to);
                        },
                        ui);
        return null;
    }

    private void reportRename(TagRename result, String from, String to) {
        if (result.renamed()) {
            notifier.info("Renamed \"" + from + "\" to \"" + to + "\" on this candidate.");
        } else {
            notifier.error("Added \"" + to + "\" but could not remove \"" + from + "\": "
                    + result.removeFailure().userMessage() + " The candidate now has both tags; remove \"" + from
                    + "\" again when Lever is reachable.");
        }
    }

    private void run(
            CompletableFuture<Opportunity> write, String failure, String stillTrue, Consumer<Opportunity> success) {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        write.whenCompleteAsync(
                (updated, error) -> {
                    busy.set(false);
                    if (error != null) {
                        notifier.error(failure + Failures.describe(error) + stillTrue);
                        return;
                    }
                    applied(updated);
                    success.accept(updated);
                },
                ui);
    }

    private void applied(Opportunity updated) {
        tags.setAll(updated.tags());
        onChanged.accept(updated);
        loadAccountTags();
    }

    private List<String> accountTagTexts() {
        return accountTags.stream().map(Tag::text).toList();
    }

    /** The opportunity's tags as Lever last answered. */
    public ObservableList<String> tags() {
        return tags;
    }

    /** The account's tags with counts, for completion. */
    public ObservableList<Tag> accountTags() {
        return accountTags;
    }

    public StringProperty inputProperty() {
        return input;
    }

    /** Why the typed tag was refused, or empty. */
    public ReadOnlyStringProperty inputErrorProperty() {
        return inputError.getReadOnlyProperty();
    }

    /** A warning about the typed tag that does not stop it (long, differs only in case), or empty. */
    public ReadOnlyStringProperty inputHintProperty() {
        return inputHint.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}

package io.stageboard.ui.candidate;

import io.stageboard.api.CreatedOpportunity;
import io.stageboard.api.NewOpportunity;
import io.stageboard.api.Phone;
import io.stageboard.api.Posting;
import io.stageboard.api.User;
import io.stageboard.service.candidates.CandidateService;
import io.stageboard.service.candidates.CandidateValidator;
import io.stageboard.service.sync.PipelineReference;
import io.stageboard.service.sync.PipelineService;
import io.stageboard.ui.board.BoardChoices.Choice;
import io.stageboard.ui.common.Failures;
import io.stageboard.ui.common.Notifier;
import io.stageboard.ui.common.UiExecutor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The new-candidate form. Every field is validated here with a sentence; Lever requires a user to create as
 * ({@code perform_as}), so the form offers the chosen posting's owner (the default), its hiring manager and the
 * workspace's act-as user, as Lever's FAQ suggests, and cannot create without one.
 *
 * <p>Longer than the house's 350 lines on purpose: one property and one check per field of Lever's create form, side by side so that the form's rules read in one place; the résumé work sits in its own classes.
 */
public final class NewCandidateViewModel {

    /** What the form says when Lever attached the new opportunity to a person it already had. */
    public static final String DEDUPED = "Lever matched an existing contact with this email; the new opportunity was"
            + " added to that person, and their existing details were kept.";

    private final PipelineService pipeline;
    private final CandidateService candidates;
    private final String actAsUserId;
    private final UiExecutor ui;
    private final Notifier notifier;
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty emails = new SimpleStringProperty(this, "emails", "");
    private final StringProperty phones = new SimpleStringProperty(this, "phones", "");
    private final StringProperty headline = new SimpleStringProperty(this, "headline", "");
    private final StringProperty location = new SimpleStringProperty(this, "location", "");
    private final StringProperty links = new SimpleStringProperty(this, "links", "");
    private final StringProperty tags = new SimpleStringProperty(this, "tags", "");
    private final StringProperty sources = new SimpleStringProperty(this, "sources", "");
    private final ObjectProperty<Choice> origin = new SimpleObjectProperty<>(this, "origin");
    private final ObjectProperty<Choice> posting = new SimpleObjectProperty<>(this, "posting");
    private final ObjectProperty<Choice> stage = new SimpleObjectProperty<>(this, "stage");
    private final ObjectProperty<Choice> performAs = new SimpleObjectProperty<>(this, "performAs");
    private final ObservableList<Choice> postingChoices = FXCollections.observableArrayList();
    private final ObservableList<Choice> stageChoices = FXCollections.observableArrayList();
    private final ObservableList<Choice> originChoices = FXCollections.observableArrayList();
    private final ObservableList<Choice> performAsChoices = FXCollections.observableArrayList();
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper(this, "result", "");
    private final CandidateAttachments attachments;
    private final BooleanBinding canCreate;
    private PipelineReference reference;
    private Consumer<CreatedOpportunity> onCreated = created -> {};

    /**
     * @param actAsUserId the workspace's act-as user, offered as a creator; null when it has none
     */
    public NewCandidateViewModel(
            PipelineService pipeline,
            CandidateService candidates,
            String actAsUserId,
            UiExecutor ui,
            Notifier notifier) {
        this.pipeline = pipeline;
        this.candidates = candidates;
        this.actAsUserId = actAsUserId;
        this.ui = ui;
        this.notifier = notifier;
        List.of("sourced", "applied", "referred", "agency", "internal", "university")
                .forEach(o -> originChoices.add(new Choice(o, o)));
        origin.set(originChoices.get(0));
        attachments = new CandidateAttachments(candidates.files(), ui);
        canCreate = performAs
                .isNotNull()
                .and(busy.not())
                .and(attachments.readingProperty().not());
        attachments.resumeProperty().addListener(o -> validate());
        attachments.parseProperty().addListener(o -> validate());
        posting.addListener((o, was, is) -> offerCreators());
        for (Observable field : List.of(name, emails, phones, links, tags, sources)) {
            field.addListener(o -> validate());
        }
        validate();
    }

    /** Loads stages, postings and users for the choices. */
    public void load() {
        pipeline.loadReference()
                .whenCompleteAsync(
                        (loaded, error) -> {
                            if (error != null) {
                                result.set("Could not load the account's postings and stages: "
                                        + Failures.describe(error, "Reopen the form to try again."));
                                return;
                            }
                            reference = loaded;
                            List<Choice> postingList = new ArrayList<>();
                            postingList.add(new Choice(null, "No posting"));
                            loaded.postings().stream()
                                    .sorted(Comparator.comparing(Posting::text, String.CASE_INSENSITIVE_ORDER))
                                    .forEach(p ->
                                            postingList.add(new Choice(p.id(), p.text() + " (" + p.state() + ")")));
                            postingChoices.setAll(postingList);
                            stageChoices.setAll(loaded.stages().stream()
                                    .map(s -> new Choice(s.id(), s.text()))
                                    .toList());
                            // Lever's default stage is New Lead, whose id is fixed on every account.
                            stage.set(stageChoices.stream()
                                    .filter(c -> "lead-new".equals(c.value()))
                                    .findFirst()
                                    .orElse(stageChoices.isEmpty() ? null : stageChoices.get(0)));
                            posting.set(postingList.get(0));
                            offerCreators();
                        },
                        ui);
    }

    private void offerCreators() {
        if (reference == null) {
            return;
        }
        Posting chosen = posting.get() == null || posting.get().value() == null
                ? null
                : reference.postings().stream()
                        .filter(p -> p.id().equals(posting.get().value()))
                        .findFirst()
                        .orElse(null);
        List<Choice> offered = new ArrayList<>();
        if (chosen != null) {
            addCreator(offered, chosen.owner(), "posting owner");
            addCreator(offered, chosen.hiringManager(), "hiring manager");
        }
        addCreator(offered, actAsUserId, "workspace user");
        performAsChoices.setAll(offered);
        performAs.set(offered.isEmpty() ? null : offered.get(0));
    }

    private void addCreator(List<Choice> offered, String userId, String role) {
        User user = reference.users().stream()
                .filter(u -> u.id().equals(userId))
                .findFirst()
                .orElse(null);
        // Lever refuses deactivated users as perform_as; a user already offered keeps its first role.
        if (user == null
                || !user.isActive()
                || offered.stream().anyMatch(c -> c.value().equals(userId))) {
            return;
        }
        offered.add(new Choice(user.id(), user.name() + " (" + role + ")"));
    }

    private void validate() {
        List<String> found = new ArrayList<>(
                CandidateValidator.all(name.get(), emails.get(), phones.get(), links.get(), tags.get(), sources.get()));
        // Lever fills an empty name from a parsed résumé.
        if (attachments.parsing()) {
            CandidateValidator.name(name.get()).ifPresent(found::remove);
        }
        problems.setAll(found);
    }

    /** Sends the candidate to Lever when every field is valid and a creator is chosen. */
    public void create() {
        validate();
        if (!canCreate.get()) {
            result.set("Choose who creates the candidate under \"Create as\": Lever requires a user.");
            return;
        }
        if (!problems.isEmpty()) {
            result.set("Nothing was sent: " + String.join(" ", problems));
            return;
        }
        NewOpportunity candidate = new NewOpportunity(
                name.get().strip(),
                headline.get().strip(),
                location.get().strip(),
                CandidateValidator.lines(emails.get()),
                CandidateValidator.lines(phones.get()).stream()
                        .map(p -> new Phone("other", p))
                        .toList(),
                CandidateValidator.lines(links.get()),
                CandidateValidator.lines(tags.get()),
                CandidateValidator.lines(sources.get()),
                valueOf(origin.get()),
                null,
                valueOf(posting.get()),
                valueOf(stage.get()));
        busy.set(true);
        String who = candidate.name().isEmpty()
                ? "the candidate from " + attachments.resumeProperty().get().name()
                : candidate.name();
        boolean parse = attachments.parsing();
        // Lever parses only while it creates: what it filled can be said after the create, not shown before it.
        result.set("Creating " + who + " in Lever"
                + (parse ? ", which fills the fields left empty from the résumé…" : "…"));
        boolean uploading = attachments.resumeProperty().get() != null
                || !attachments.files().isEmpty();
        attachments.setProgress(uploading ? 0 : -1);
        candidates
                .create(
                        candidate,
                        List.copyOf(attachments.files()),
                        attachments.resumeProperty().get(),
                        parse,
                        performAs.get().value(),
                        share -> ui.execute(() -> attachments.setProgress(share)))
                .whenCompleteAsync(
                        (created, error) -> {
                            busy.set(false);
                            attachments.setProgress(-1);
                            if (error != null) {
                                String message = "Could not create " + who + ": " + Failures.describe(error)
                                        + " Your entries and files are still in the form.";
                                result.set(message);
                                notifier.error(message);
                                return;
                            }
                            String message = created.deduped()
                                    ? DEDUPED
                                    : "Created " + created.opportunity().name() + " in "
                                            + (stage.get() == null
                                                    ? "New lead"
                                                    : stage.get().label())
                                            + (posting.get() == null
                                                            || posting.get().value() == null
                                                    ? ""
                                                    : " for " + posting.get().label())
                                            + "."
                                            + (parse
                                                    ? " " + ResumeFill.describe(candidate, created.opportunity())
                                                    : "");
                            result.set(message);
                            notifier.info(message);
                            clearPerson();
                            attachments.clear();
                            onCreated.accept(created);
                        },
                        ui);
    }

    private void clearPerson() {
        for (StringProperty field : List.of(name, emails, phones, headline, location, links, tags, sources)) {
            field.set("");
        }
    }

    private static String valueOf(Choice choice) {
        return choice == null ? null : choice.value();
    }

    /** Called on the UI executor after each successful create, e.g. to reload the board. */
    public void setOnCreated(Consumer<CreatedOpportunity> action) {
        this.onCreated = Objects.requireNonNull(action);
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty emailsProperty() {
        return emails;
    }

    public StringProperty phonesProperty() {
        return phones;
    }

    public StringProperty headlineProperty() {
        return headline;
    }

    public StringProperty locationProperty() {
        return location;
    }

    public StringProperty linksProperty() {
        return links;
    }

    public StringProperty tagsProperty() {
        return tags;
    }

    public StringProperty sourcesProperty() {
        return sources;
    }

    public ObjectProperty<Choice> originProperty() {
        return origin;
    }

    public ObjectProperty<Choice> postingProperty() {
        return posting;
    }

    public ObjectProperty<Choice> stageProperty() {
        return stage;
    }

    public ObjectProperty<Choice> performAsProperty() {
        return performAs;
    }

    public ObservableList<Choice> postingChoices() {
        return postingChoices;
    }

    public ObservableList<Choice> stageChoices() {
        return stageChoices;
    }

    public ObservableList<Choice> originChoices() {
        return originChoices;
    }

    public ObservableList<Choice> performAsChoices() {
        return performAsChoices;
    }

    /** The résumé, other files and "Fill from résumé". */
    public CandidateAttachments attachments() {
        return attachments;
    }

    /** The sentences of the fields that are wrong now, in form order. */
    public ObservableList<String> problems() {
        return problems;
    }

    /** True when a creator is chosen and no create is running; the Create button follows it. */
    public BooleanBinding canCreateProperty() {
        return canCreate;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** What became of the last create, or why it could not be sent. */
    public ReadOnlyStringProperty resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** @return a choice list's entry by value, for tests and the view */
    public static Choice find(List<Choice> choices, String value) {
        return choices.stream()
                .filter(c -> Objects.equals(c.value(), value))
                .findFirst()
                .orElse(null);
    }
}

package io.stageboard.ui.postings;

import io.stageboard.api.PublicPosting;
import io.stageboard.api.Stage;
import io.stageboard.service.postings.PostingSummary;
import io.stageboard.service.postings.PostingsService;
import io.stageboard.service.sync.PipelineService;
import io.stageboard.ui.board.BoardFilters;
import io.stageboard.ui.common.Failures;
import io.stageboard.ui.common.LoadStatus;
import io.stageboard.ui.common.Notifier;
import io.stageboard.ui.common.UiExecutor;
import io.stageboard.ui.common.Words;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The postings view: every posting through the Lever API with its people and active opportunities per stage, a
 * command that filters the board to one posting, and a preview of the public job site.
 */
public final class PostingsViewModel {

    /** Lever's FAQ on the two APIs, quoted in the view so the preview's shorter list is no surprise. */
    public static final String API_DIFFERENCE = "Lever's FAQ: \"The Postings API is a publicly accessible API that"
            + " provides access to your company's published job postings; it is often used to set up a custom jobs"
            + " page. The Lever API, in contrast, requires authentication to access and provides access to all your"
            + " account data. […] In addition to published postings, you can retrieve internal, closed, and draft"
            + " postings.\" The list above comes from the Lever API; this preview uses the public Postings API, so it"
            + " shows exactly what candidates see: published postings only, with no key.";

    private final PipelineService pipeline;
    private final PostingsService postings;
    private final BoardFilters boardFilters;
    private final UiExecutor ui;
    private final Notifier notifier;
    private final ObservableList<PostingSummary> rows = FXCollections.observableArrayList();
    private final ObservableList<Stage> stages = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<LoadStatus> status =
            new ReadOnlyObjectWrapper<>(this, "status", LoadStatus.LOADING);
    private final ReadOnlyStringWrapper statusMessage = new ReadOnlyStringWrapper(this, "statusMessage", "");
    private final StringProperty site = new SimpleStringProperty(this, "site", "");
    private final ObservableList<PublicPosting> publicRows = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<LoadStatus> publicStatus =
            new ReadOnlyObjectWrapper<>(this, "publicStatus", LoadStatus.EMPTY);
    private final ReadOnlyStringWrapper publicMessage =
            new ReadOnlyStringWrapper(this, "publicMessage", "Enter the job site's name and press Preview.");
    private int generation;
    private int publicGeneration;

    /**
     * @param boardFilters the board's filters; {@link #showOnBoard} sets its posting
     */
    public PostingsViewModel(
            PipelineService pipeline,
            PostingsService postings,
            BoardFilters boardFilters,
            UiExecutor ui,
            Notifier notifier) {
        this.pipeline = pipeline;
        this.postings = postings;
        this.boardFilters = boardFilters;
        this.ui = ui;
        this.notifier = notifier;
    }

    /** Loads the postings and counts again; a newer load replaces one still running. */
    public void load() {
        int thisLoad = ++generation;
        status.set(LoadStatus.LOADING);
        statusMessage.set("Loading postings and counting active candidates…");
        pipeline.loadReference()
                .thenCompose(reference -> postings.load(reference).thenApply(list -> {
                    ui.execute(() -> {
                        if (thisLoad == generation) {
                            stages.setAll(reference.stages());
                            if (site.get().isBlank()) {
                                site.set(PostingsService.siteNameOf(list.stream()
                                        .map(PostingSummary::posting)
                                        .toList()));
                            }
                        }
                    });
                    return list;
                }))
                .whenCompleteAsync(
                        (list, error) -> {
                            if (thisLoad != generation) {
                                return;
                            }
                            if (error != null) {
                                status.set(LoadStatus.ERROR);
                                statusMessage.set("Could not load the postings: "
                                        + Failures.describe(error, "Press Reload to try again."));
                                return;
                            }
                            rows.setAll(list);
                            status.set(list.isEmpty() ? LoadStatus.EMPTY : LoadStatus.LOADED);
                            statusMessage.set(
                                    list.isEmpty() ? "This account has no postings the API key may see." : "");
                        },
                        ui);
    }

    /** Filters the board to one posting's opportunities. */
    public void showOnBoard(PostingSummary row) {
        if (row == null) {
            return;
        }
        boardFilters.postingIdProperty().set(row.posting().id());
        notifier.info("The board now shows the candidates of \"" + row.posting().text()
                + "\" only; choose All postings on the board to see everyone again.");
    }

    /** Loads the public job site named by {@link #siteProperty()}. */
    public void loadPublic() {
        String name = site.get() == null ? "" : site.get().strip();
        if (!name.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            publicRows.clear();
            publicStatus.set(LoadStatus.ERROR);
            publicMessage.set(
                    name.isEmpty()
                            ? "Enter the job site's name: the part after jobs.lever.co/."
                            : "\"" + name
                                    + "\" is not a job site name; use the part after jobs.lever.co/, such as acme.");
            return;
        }
        int thisLoad = ++publicGeneration;
        publicStatus.set(LoadStatus.LOADING);
        publicMessage.set("Loading jobs.lever.co/" + name + "…");
        postings.publicPostings(name)
                .whenCompleteAsync(
                        (list, error) -> {
                            if (thisLoad != publicGeneration) {
                                return;
                            }
                            if (error != null) {
                                publicRows.clear();
                                publicStatus.set(LoadStatus.ERROR);
                                publicMessage.set("Could not load the public job site: " + Failures.describe(error));
                                return;
                            }
                            publicRows.setAll(list);
                            publicStatus.set(list.isEmpty() ? LoadStatus.EMPTY : LoadStatus.LOADED);
                            publicMessage.set(
                                    list.isEmpty()
                                            ? "The job site " + Words.quoted(name) + " has no published postings."
                                            : Words.count(list.size(), "published posting", "published postings")
                                                    + " on jobs.lever.co/" + name + ".");
                        },
                        ui);
    }

    public ObservableList<PostingSummary> rows() {
        return rows;
    }

    /** The account's stages, one count column each. */
    public ObservableList<Stage> stages() {
        return stages;
    }

    public ReadOnlyObjectProperty<LoadStatus> statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusMessageProperty() {
        return statusMessage.getReadOnlyProperty();
    }

    /** The job-site name; filled from the postings' job-site links when the user has not typed one. */
    public StringProperty siteProperty() {
        return site;
    }

    public ObservableList<PublicPosting> publicRows() {
        return publicRows;
    }

    public ReadOnlyObjectProperty<LoadStatus> publicStatusProperty() {
        return publicStatus.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty publicMessageProperty() {
        return publicMessage.getReadOnlyProperty();
    }
}

package io.stageboard.app;

import io.stageboard.api.LeverHosts;
import io.stageboard.api.PublicPostingsClient;
import io.stageboard.sandbox.SandboxServer;
import io.stageboard.service.candidates.CandidateService;
import io.stageboard.service.insights.InsightsService;
import io.stageboard.service.outbox.OutboxWorker;
import io.stageboard.service.postings.PostingsService;
import io.stageboard.service.sync.PipelineService;
import io.stageboard.ui.board.BoardViewModel;
import io.stageboard.ui.candidate.NewCandidateView;
import io.stageboard.ui.candidate.NewCandidateViewModel;
import io.stageboard.ui.common.FxUiExecutor;
import io.stageboard.ui.common.Notifier;
import io.stageboard.ui.insights.InsightsView;
import io.stageboard.ui.insights.InsightsViewModel;
import io.stageboard.ui.postings.PostingsView;
import io.stageboard.ui.postings.PostingsViewModel;
import java.time.Clock;
import java.util.concurrent.Executor;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * Wires the postings, new-candidate and insights features into the main window as tabs beside the board. Each tab
 * loads when it is first shown, so the board's start is not slowed down.
 */
final class PipelineTabs {

    private final TabPane tabs = new TabPane();
    private final Tab boardTab;
    private final Tab postingsTab;
    private final Tab candidateTab;
    private final Tab insightsTab;
    private final PostingsViewModel postings;
    private final NewCandidateViewModel candidate;
    private final InsightsViewModel insights;
    private final PublicPostingsClient publicClient;

    PipelineTabs(
            Workspace workspace,
            Node boardView,
            BoardViewModel board,
            Notifier notifier,
            Executor background,
            OutboxWorker worker) {
        // The demo's public job site is served by its own sandbox; a real account's by Lever, in its data centre.
        publicClient = new PublicPostingsClient(
                workspace.resources() instanceof SandboxServer sandbox
                        ? sandbox.publicPostingsUrl()
                        : LeverHosts.forDataApi(workspace.client().baseUrl()).publicPostingsUrl());
        PipelineService pipeline = new PipelineService(workspace.client(), background);
        FxUiExecutor ui = new FxUiExecutor();
        postings = new PostingsViewModel(
                pipeline,
                new PostingsService(workspace.client(), publicClient, background),
                board.filters(),
                ui,
                notifier);
        candidate = new NewCandidateViewModel(
                pipeline,
                new CandidateService(workspace.client(), worker, background, Clock.systemUTC()),
                workspace.performAs(),
                ui,
                notifier);
        candidate.setOnCreated(created -> board.load());
        insights = new InsightsViewModel(
                pipeline, new InsightsService(workspace.client(), background), ui, notifier, Clock.systemDefaultZone());
        boardTab = tab("Board", "tab-board", boardView);
        postingsTab = tab("Postings", "tab-postings", new PostingsView(postings));
        candidateTab = tab("New candidate", "tab-new-candidate", new NewCandidateView(candidate));
        insightsTab = tab("Insights", "tab-insights", new InsightsView(insights));
        tabs.getTabs().setAll(boardTab, postingsTab, candidateTab, insightsTab);
        loadOnFirstShow(postingsTab, postings::load);
        loadOnFirstShow(candidateTab, candidate::load);
        loadOnFirstShow(insightsTab, insights::load);
        // Choosing a posting to show on the board brings the board forward.
        board.filters()
                .postingIdProperty()
                .addListener((o, was, is) -> tabs.getSelectionModel().select(boardTab));
    }

    private static Tab tab(String title, String id, Node content) {
        Tab tab = new Tab(title, content);
        tab.setId(id);
        tab.setClosable(false);
        return tab;
    }

    private static void loadOnFirstShow(Tab tab, Runnable load) {
        tab.selectedProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> o, Boolean was, Boolean is) {
                if (is) {
                    tab.selectedProperty().removeListener(this);
                    load.run();
                }
            }
        });
    }

    /** The tab pane for the window's centre; closes the public-site client when {@code stage} closes. */
    TabPane pane(Stage stage) {
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> publicClient.close());
        return tabs;
    }

    /** Brings the tab forward; for the menu items. */
    void select(String which) {
        tabs.getSelectionModel()
                .select(
                        switch (which) {
                            case "postings" -> postingsTab;
                            case "candidate" -> candidateTab;
                            case "insights" -> insightsTab;
                            default -> boardTab;
                        });
    }

    PostingsViewModel postings() {
        return postings;
    }

    NewCandidateViewModel candidate() {
        return candidate;
    }

    InsightsViewModel insights() {
        return insights;
    }
}

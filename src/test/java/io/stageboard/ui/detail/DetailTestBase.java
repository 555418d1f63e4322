package io.stageboard.ui.detail;

import static org.assertj.core.api.Assertions.assertThat;

import io.stageboard.api.LeverClient;
import io.stageboard.sandbox.SandboxModel;
import io.stageboard.sandbox.SandboxOptions;
import io.stageboard.sandbox.SandboxServer;
import io.stageboard.service.candidates.AttachmentService;
import io.stageboard.service.candidates.OpportunityDetailService;
import io.stageboard.service.notes.NoteService;
import io.stageboard.service.outbox.ActivityLog;
import io.stageboard.service.outbox.OutboxWorker;
import io.stageboard.service.sync.PipelineService;
import io.stageboard.service.tags.TagService;
import io.stageboard.store.Database;
import io.stageboard.store.Outbox;
import io.stageboard.testing.ManualExecutor;
import io.stageboard.testing.RecordingNotifier;
import io.stageboard.ui.common.LoadStatus;
import io.stageboard.ui.common.UiExecutor;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A detail view-model on the sandbox over HTTP; one attempt per request so an injected fault is one failure. */
abstract class DetailTestBase {

    SandboxServer sandbox;
    LeverClient client;
    ManualExecutor background;
    RecordingNotifier notifier;
    StringProperty prefix;
    DetailViewModel detail;
    String actingUser;
    ActivityLog log;

    @BeforeEach
    void start() throws Exception {
        sandbox = SandboxServer.start(SandboxOptions.defaults().withSize(40).withSeed(5));
        client = LeverClient.builder()
                .baseUrl(sandbox.baseUrl())
                .apiKey(sandbox.apiKey())
                .rateLimit(1000, 1000)
                .maxAttempts(1)
                .build();
        actingUser = sandbox.data().users().stream()
                .filter(u -> !u.deactivated())
                .findFirst()
                .orElseThrow()
                .id();
        background = new ManualExecutor();
        notifier = new RecordingNotifier();
        prefix = new SimpleStringProperty("");
        // The app's wiring: every write of the pane goes through one outbox, which the activity log reads.
        Outbox outbox = new Outbox(Database.inMemory(), Clock.systemUTC());
        OutboxWorker worker = new OutboxWorker(outbox, client, actingUser, background, Clock.systemUTC());
        log = new ActivityLog(outbox, client, background, ZoneOffset.UTC);
        detail = new DetailViewModel(
                new DetailServices(
                        new PipelineService(client, background),
                        new OpportunityDetailService(client, worker, background),
                        new NoteService(client, worker, background, Clock.systemUTC()),
                        new TagService(client, worker, background),
                        new AttachmentService(client, worker, background, Clock.systemUTC())),
                UiExecutor.direct(),
                notifier,
                prefix,
                ZoneOffset.UTC);
    }

    @AfterEach
    void stop() {
        client.close();
        sandbox.close();
    }

    /** Opens an active, non-confidential opportunity (what the key sees) and waits for it. */
    String openSome() {
        String id = sandbox.data().opportunities().stream()
                .filter(o -> o.confidentiality().equals("non-confidential") && !o.isArchived())
                .findFirst()
                .orElseThrow()
                .id();
        detail.open(id, "");
        background.runAll();
        assertThat(detail.statusProperty().get()).isEqualTo(LoadStatus.LOADED);
        return id;
    }

    /**
     * The activity log, newest first, one line per write: what, before → after, outcome, and the message if any.
     */
    List<String> activity() {
        var read = log.entries();
        background.runAll();
        return read.join().stream()
                .map(e -> e.description() + " | " + e.before() + " -> " + e.after() + " | " + e.outcome()
                        + (e.message().isEmpty() ? "" : " | " + e.message()))
                .toList();
    }

    String nameOf(String id) {
        return onLever(id).name();
    }

    SandboxModel.Opportunity onLever(String id) {
        return sandbox.data().opportunity(id).orElseThrow();
    }

    List<String> noteTextsOnLever(String id) {
        return sandbox.data().notes(id).stream()
                .map(SandboxModel.Note::value)
                .sorted()
                .toList();
    }

    List<String> noteTextsShown() {
        return detail.notes().notes().stream().map(NoteItem::body).sorted().toList();
    }
}

package io.stageboard.app;

import io.stageboard.ui.board.CardActions;
import io.stageboard.ui.bulk.BulkActionViewModel;
import io.stageboard.ui.bulk.BulkWindows;
import java.awt.Desktop;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What a card's context menu does beyond the board: the details pane, the bulk dialog, the browser. */
final class BoardCardActions implements CardActions {

    private static final Logger LOG = LoggerFactory.getLogger(BoardCardActions.class);

    private final Consumer<String> details;
    private final Supplier<BulkWindows> bulk;
    private final Executor background;

    /** {@code bulk} is asked for when an item is chosen, since the windows are made when the stage is known. */
    BoardCardActions(Consumer<String> details, Supplier<BulkWindows> bulk, Executor background) {
        this.details = details;
        this.bulk = bulk;
        this.background = background;
    }

    @Override
    public void open(String id) {
        details.accept(id);
    }

    @Override
    public void addTag(List<String> ids) {
        bulk.get().bulkAction(ids, BulkActionViewModel.Action.ADD_TAGS);
    }

    @Override
    public void archive(List<String> ids) {
        bulk.get().bulkAction(ids, BulkActionViewModel.Action.ARCHIVE);
    }

    @Override
    public void openInBrowser(String url) {
        // Starting a browser can take seconds: never on the FX thread.
        background.execute(() -> browse(url));
    }

    private static void browse(String url) {
        try {
            if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
                Desktop.getDesktop().browse(URI.create(url));
                return;
            }
            String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
            new ProcessBuilder(os.contains("mac") ? List.of("open", url) : List.of("xdg-open", url)).start();
        } catch (IOException | RuntimeException e) {
            LOG.warn("Could not open the browser on {}: {}", url, e.toString());
        }
    }
}

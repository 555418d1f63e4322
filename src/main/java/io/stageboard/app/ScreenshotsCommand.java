package io.stageboard.app;

import io.stageboard.store.Database;
import io.stageboard.ui.board.CardModel;
import io.stageboard.ui.common.LoadStatus;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.function.BooleanSupplier;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;
import javax.imageio.ImageIO;

/**
 * {@code stageboard screenshots DIR}: opens the demo workspace at 1280×800 and writes README's pictures of it to
 * DIR: the board, the details pane, a finished bulk job and insights. Under Linux without a display, run it inside
 * {@code xvfb-run}.
 */
final class ScreenshotsCommand {

    private static final double POLL_SECONDS = 0.1;
    private static final int TIMEOUT_POLLS = 600;

    private final Path dir;
    private final PrintStream out;
    private final CompletableFuture<Void> done = new CompletableFuture<>();
    private MainWindow window;
    private Stage stage;

    private ScreenshotsCommand(Path dir, PrintStream out) {
        this.dir = dir;
        this.out = out;
    }

    /** Runs the command; returns the exit code (0 when every picture is written). */
    static int run(List<String> arguments, PrintStream out, PrintStream err) {
        if (arguments.size() != 1) {
            err.println("Usage: stageboard screenshots DIR");
            return 2;
        }
        ExecutorService background = StageboardApp.newBackgroundExecutor();
        try {
            Path dir = Files.createDirectories(Path.of(arguments.get(0)));
            Path home = Files.createTempDirectory("stageboard-screenshots");
            Workspace demo = WorkspaceOpener.openDemo();
            ScreenshotsCommand command = new ScreenshotsCommand(dir, out);
            Platform.startup(
                    () -> command.start(demo, UiSettings.load(home.resolve("settings.properties")), background));
            command.done.join();
            demo.close();
            return 0;
        } catch (Exception e) {
            err.println("screenshots: " + e.getMessage());
            return 1;
        } finally {
            Platform.exit();
            background.shutdownNow();
        }
    }

    private void start(Workspace demo, UiSettings settings, ExecutorService background) {
        stage = new Stage();
        window = new MainWindow(demo, settings, background, null, Database.inMemory(), null);
        window.show(stage);
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(1280);
        stage.setHeight(800);
        when(() -> window.board().getStatus() == LoadStatus.LOADED, this::board);
    }

    private void board() {
        save(stage.getScene(), "board.png");
        CardModel first = window.board().columns().stream()
                .filter(c -> !c.cards().isEmpty())
                .findFirst()
                .orElseThrow()
                .cards()
                .get(0);
        window.board().selection().select(first.id());
        window.detail().follow(first.id(), first.postingTitle());
        when(() -> window.detail().statusProperty().get() == LoadStatus.LOADED, this::details);
    }

    private void details() {
        save(stage.getScene(), "details.png");
        window.detail().close();
        List<Window> before = List.copyOf(Window.getWindows());
        window.board().selection().selectColumn(window.board().columns().get(0).stageId());
        // The bulk dialog waits for its answer, so it is opened later and filled in once it shows.
        Platform.runLater(() -> menuItem("Bulk action on selection…").fire());
        when(() -> newWindow(before) != null, () -> {
            Node dialog = newWindow(before).getScene().getRoot();
            ((TextArea) dialog.lookup("#bulk-tags")).setText("Q3 review");
            List<Window> withDialog = List.copyOf(Window.getWindows());
            Platform.runLater(() -> dialog.lookupAll(".button").stream()
                    .filter(b -> b instanceof Button button && "Run".equals(button.getText()))
                    .map(Button.class::cast)
                    .findFirst()
                    .orElseThrow()
                    .fire());
            when(() -> jobReport(withDialog), () -> bulkJob(withDialog));
        });
    }

    private void bulkJob(List<Window> before) {
        Window job = newWindow(before);
        save(job.getScene(), "bulk-job.png");
        job.hide();
        window.pipelineTabs().select("insights");
        when(() -> window.pipelineTabs().insights().statusProperty().get() == LoadStatus.LOADED, () -> {
            save(stage.getScene(), "insights.png");
            done.complete(null);
        });
    }

    private boolean jobReport(List<Window> before) {
        Window job = newWindow(before);
        return job != null
                && job.getScene().getRoot().lookup("#bulk-report") instanceof Labeled report
                && !report.getText().isEmpty();
    }

    private static Window newWindow(List<Window> before) {
        return Window.getWindows().stream()
                .filter(w -> !before.contains(w) && w.isShowing())
                .findFirst()
                .orElse(null);
    }

    private MenuItem menuItem(String text) {
        MenuBar bar = (MenuBar) stage.getScene().getRoot().lookup(".menu-bar");
        return bar.getMenus().stream()
                .flatMap(m -> m.getItems().stream())
                .filter(i -> text.equals(i.getText()))
                .findFirst()
                .orElseThrow();
    }

    /** Runs {@code then} on the FX thread once {@code condition} holds and the scene had a moment to settle. */
    private void when(BooleanSupplier condition, Runnable then) {
        int[] polls = {0};
        Timeline poll = new Timeline();
        poll.getKeyFrames().add(new KeyFrame(Duration.seconds(POLL_SECONDS), e -> {
            if (condition.getAsBoolean()) {
                poll.stop();
                // Two more pulses: the last change is laid out and painted before the picture is taken.
                Timeline settle = new Timeline(new KeyFrame(Duration.millis(600), f -> run(then)));
                settle.play();
            } else if (++polls[0] > TIMEOUT_POLLS) {
                poll.stop();
                done.completeExceptionally(new IllegalStateException("the demo did not get there in time"));
            }
        }));
        poll.setCycleCount(Timeline.INDEFINITE);
        poll.play();
    }

    private void run(Runnable step) {
        try {
            step.run();
        } catch (RuntimeException e) {
            done.completeExceptionally(e);
        }
    }

    private void save(Scene scene, String name) {
        WritableImage image = scene.snapshot(null);
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        BufferedImage picture = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                picture.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        try {
            ImageIO.write(picture, "png", dir.resolve(name).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println("Wrote " + dir.resolve(name));
    }
}

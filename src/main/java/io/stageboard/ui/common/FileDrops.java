package io.stageboard.ui.common;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;

/**
 * The pieces every view that takes files shares: files dropped from the desktop, an upload's progress bar and a
 * list of files shown by a label. Only paths go to the view-model, which reads the files in the background.
 */
public final class FileDrops {

    private FileDrops() {}

    /** Lets files be dropped anywhere on {@code target}; their paths go to {@code onDrop}. */
    public static void accept(Node target, Consumer<List<Path>> onDrop) {
        target.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        target.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            boolean files = e.getDragboard().hasFiles();
            if (files) {
                onDrop.accept(
                        e.getDragboard().getFiles().stream().map(File::toPath).toList());
            }
            e.setDropCompleted(files);
            e.consume();
        });
    }

    /** A progress bar shown only while {@code share} is 0 or more (an upload runs). */
    public static ProgressBar progress(ReadOnlyDoubleProperty share) {
        ProgressBar bar = new ProgressBar();
        bar.progressProperty().bind(share);
        bar.visibleProperty().bind(share.greaterThanOrEqualTo(0));
        bar.managedProperty().bind(bar.visibleProperty());
        return bar;
    }

    /** Shows each item of {@code list} by {@code label}. */
    public static <T> void labelled(ListView<T> list, Function<T, String> label) {
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : label.apply(item));
            }
        });
    }
}

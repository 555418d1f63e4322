package io.stageboard.ui.board;

import java.util.Arrays;
import java.util.List;
import javafx.scene.input.DataFormat;

/** The drag-and-drop formats of the board. A drag carries opportunity ids only, never card objects. */
public final class DragFormats {

    /** Newline-separated opportunity ids. */
    public static final DataFormat OPPORTUNITY_IDS = new DataFormat("application/x-stageboard-opportunity-ids");

    private DragFormats() {}

    static String encode(List<String> ids) {
        return String.join("\n", ids);
    }

    static List<String> decode(Object content) {
        if (!(content instanceof String text) || text.isBlank()) {
            return List.of();
        }
        return Arrays.asList(text.split("\n"));
    }
}

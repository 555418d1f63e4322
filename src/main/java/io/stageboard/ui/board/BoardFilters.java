package io.stageboard.ui.board;

import io.stageboard.service.sync.BoardQuery;
import java.util.List;
import java.util.stream.Stream;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * What the user filters the board by: posting, owner, tag, source, origin, the archived switch and the search text,
 * all applied to the cached cards by the in-memory index. A null or blank value means "any".
 */
public final class BoardFilters {

    private final StringProperty postingId = new SimpleStringProperty(this, "postingId");
    private final StringProperty tag = new SimpleStringProperty(this, "tag");
    private final StringProperty source = new SimpleStringProperty(this, "source");
    private final StringProperty origin = new SimpleStringProperty(this, "origin");
    private final BooleanProperty showArchived = new SimpleBooleanProperty(this, "showArchived", false);
    private final StringProperty ownerId = new SimpleStringProperty(this, "ownerId");
    private final StringProperty searchText = new SimpleStringProperty(this, "searchText", "");

    /** Every filter: changing one filters the cached cards again, without asking Lever. */
    List<Observable> all() {
        return List.of(postingId, tag, source, origin, showArchived, ownerId, searchText);
    }

    public StringProperty postingIdProperty() {
        return postingId;
    }

    public StringProperty tagProperty() {
        return tag;
    }

    public StringProperty sourceProperty() {
        return source;
    }

    public StringProperty originProperty() {
        return origin;
    }

    public BooleanProperty showArchivedProperty() {
        return showArchived;
    }

    public StringProperty ownerIdProperty() {
        return ownerId;
    }

    /** The search box's text; the view debounces typing before setting it. */
    public StringProperty searchTextProperty() {
        return searchText;
    }

    /** How many of the menus and the archived switch narrow the board (the search text not counted). */
    public IntegerBinding activeCount() {
        return Bindings.createIntegerBinding(
                () -> (int) Stream.of(postingId, tag, source, origin, ownerId)
                                .filter(p -> p.get() != null && !p.get().isBlank())
                                .count()
                        + (showArchived.get() ? 1 : 0),
                postingId,
                tag,
                source,
                origin,
                ownerId,
                showArchived);
    }

    /** Every filter at once, for the cache's in-memory index, which applies them all locally. */
    BoardQuery toBoardQuery() {
        return new BoardQuery(
                showArchived.get(),
                postingId.get(),
                tag.get(),
                source.get(),
                origin.get(),
                ownerId.get(),
                searchText.get());
    }
}

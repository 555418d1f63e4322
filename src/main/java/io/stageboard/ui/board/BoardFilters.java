package io.stageboard.ui.board;

import io.stageboard.api.OpportunityQuery;
import io.stageboard.service.sync.BoardQuery;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * What the user filters the board by. Posting, tag, source, origin and the archived switch are sent to Lever, which
 * filters on them; owner and the search text are applied locally because Lever has no such filters.
 * A null or blank value means "any".
 */
public final class BoardFilters {

    private final StringProperty postingId = new SimpleStringProperty(this, "postingId");
    private final StringProperty tag = new SimpleStringProperty(this, "tag");
    private final StringProperty source = new SimpleStringProperty(this, "source");
    private final StringProperty origin = new SimpleStringProperty(this, "origin");
    private final BooleanProperty showArchived = new SimpleBooleanProperty(this, "showArchived", false);
    private final StringProperty ownerId = new SimpleStringProperty(this, "ownerId");
    private final StringProperty searchText = new SimpleStringProperty(this, "searchText", "");

    /** The filters Lever applies: changing one starts a new load. */
    List<Observable> serverSide() {
        return List.of(postingId, tag, source, origin, showArchived);
    }

    /** The filters applied on the loaded cards. */
    List<Observable> local() {
        return List.of(ownerId, searchText);
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

    /** The query Lever filters on: posting, tag, source, origin and archived (applications name each card's posting). */
    OpportunityQuery toLeverQuery() {
        var query = OpportunityQuery.builder().expand("applications");
        if (!showArchived.get()) {
            query.archived(false);
        }
        if (isSet(postingId.get())) {
            query.posting(postingId.get());
        }
        if (isSet(tag.get())) {
            query.tag(tag.get());
        }
        if (isSet(source.get())) {
            query.source(source.get());
        }
        if (isSet(origin.get())) {
            query.origin(origin.get());
        }
        return query.build();
    }

    /** The filters Lever has no parameter for, applied to the loaded cards: owner and the search text. */
    Predicate<CardModel> localPredicate() {
        String owner = ownerId.get();
        String search = Optional.ofNullable(searchText.get()).orElse("").strip().toLowerCase(Locale.ROOT);
        Predicate<CardModel> predicate = card -> true;
        if (isSet(owner)) {
            predicate = predicate.and(card -> owner.equals(card.ownerId()));
        }
        if (!search.isEmpty()) {
            predicate = predicate.and(card -> card.matchesSearch(search));
        }
        return predicate;
    }

    /** Every filter at once, for the cache's in-memory index, which applies them all locally. */
    BoardQuery toBoardQuery() {
        return new BoardQuery(showArchived.get(), postingId.get(), tag.get(), source.get(), origin.get(), ownerId.get(),
                searchText.get());
    }

    static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }
}

package io.stageboard.ui.board;

import io.stageboard.api.Posting;
import io.stageboard.api.Source;
import io.stageboard.api.Tag;
import io.stageboard.api.User;
import io.stageboard.service.sync.PipelineReference;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** The values each filter menu offers, taken from the account's reference data; each list starts with "any". */
public final class BoardChoices {

    /** Lever's fixed list of origins. */
    public static final List<String> ORIGINS = List.of("agency", "applied", "internal", "referred", "sourced", "university");

    private final ObservableList<Choice> postings = FXCollections.observableArrayList(any("All postings"));
    private final ObservableList<Choice> owners = FXCollections.observableArrayList(any("All owners"));
    private final ObservableList<Choice> tags = FXCollections.observableArrayList(any("All tags"));
    private final ObservableList<Choice> sources = FXCollections.observableArrayList(any("All sources"));
    private final ObservableList<Choice> origins = FXCollections.observableArrayList(
            withAny("All origins", ORIGINS.stream().map(o -> new Choice(o, o))));

    /** One entry of a filter menu: the value filtered on (null for "any"), and the text shown. */
    public record Choice(String value, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    private static Choice any(String label) {
        return new Choice(null, label);
    }

    private static List<Choice> withAny(String anyLabel, Stream<Choice> choices) {
        List<Choice> all = new ArrayList<>();
        all.add(any(anyLabel));
        choices.forEach(all::add);
        return all;
    }

    void update(PipelineReference reference) {
        postings.setAll(withAny("All postings", reference.postings().stream()
                .sorted(Comparator.comparing(Posting::text, String.CASE_INSENSITIVE_ORDER))
                .map(p -> new Choice(p.id(), p.text() + " (" + p.state() + ")"))));
        owners.setAll(withAny("All owners", reference.users().stream()
                .sorted(Comparator.comparing(User::name, String.CASE_INSENSITIVE_ORDER))
                .map(u -> new Choice(u.id(), u.name()))));
        tags.setAll(withAny("All tags", reference.tags().stream().map(Tag::text)
                .sorted(String.CASE_INSENSITIVE_ORDER).map(t -> new Choice(t, t))));
        sources.setAll(withAny("All sources", reference.sources().stream().map(Source::text)
                .sorted(String.CASE_INSENSITIVE_ORDER).map(s -> new Choice(s, s))));
    }

    public ObservableList<Choice> postings() {
        return postings;
    }

    public ObservableList<Choice> owners() {
        return owners;
    }

    public ObservableList<Choice> tags() {
        return tags;
    }

    public ObservableList<Choice> sources() {
        return sources;
    }

    public ObservableList<Choice> origins() {
        return origins;
    }
}

package io.stageboard.ui.board;

import io.stageboard.api.Posting;
import io.stageboard.api.Source;
import io.stageboard.api.Tag;
import io.stageboard.api.User;
import io.stageboard.credentials.Feature;
import io.stageboard.service.sync.PipelineReference;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The values each filter menu offers, taken from the account's reference data; each list starts with "any". */
public final class BoardChoices {

    /** Lever's fixed list of origins. */
    public static final List<String> ORIGINS =
            List.of("agency", "applied", "internal", "referred", "sourced", "university");

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

    private final Map<Feature, ReadOnlyStringWrapper> off = new EnumMap<>(Feature.class);
    private final ReadOnlyStringWrapper limits = new ReadOnlyStringWrapper(this, "limits", "");
    private final ReadOnlyStringWrapper limitsDetail = new ReadOnlyStringWrapper(this, "limitsDetail", "");

    /**
     * Why a filter is off, or "" while it works: the sentence naming the Lever permission the key lacks (or why the
     * list could not be read), for the filter's tooltip.
     *
     * @param feature {@link Feature#POSTINGS}, {@link Feature#USERS} (owners), {@link Feature#TAGS} or
     *                {@link Feature#SOURCES}
     */
    public ReadOnlyStringProperty offReason(Feature feature) {
        return off.computeIfAbsent(feature, f -> new ReadOnlyStringWrapper(this, f.name(), ""))
                .getReadOnlyProperty();
    }

    /** The lists this key could not read, e.g. "Off: Postings (read), Tags (read)"; empty when none. */
    public ReadOnlyStringProperty limitsProperty() {
        return limits.getReadOnlyProperty();
    }

    /** Why each list is off, one sentence a line, each naming the permission to grant; empty when none. */
    public ReadOnlyStringProperty limitsDetailProperty() {
        return limitsDetail.getReadOnlyProperty();
    }

    void update(PipelineReference reference) {
        for (Feature feature : List.of(Feature.POSTINGS, Feature.USERS, Feature.TAGS, Feature.SOURCES)) {
            offReason(feature);
            off.get(feature).set(reference.unavailable(feature).orElse(""));
        }
        limits.set(
                reference.unavailable().isEmpty()
                        ? ""
                        : "Off: "
                                + reference.unavailable().keySet().stream()
                                        .map(Feature::permission)
                                        .collect(Collectors.joining(", ")));
        limitsDetail.set(String.join("\n", reference.unavailable().values()));
        postings.setAll(withAny(
                "All postings",
                reference.postings().stream()
                        .sorted(Comparator.comparing(Posting::text, String.CASE_INSENSITIVE_ORDER))
                        .map(p -> new Choice(p.id(), p.text() + " (" + p.state() + ")"))));
        owners.setAll(withAny(
                "All owners",
                reference.users().stream()
                        .sorted(Comparator.comparing(User::name, String.CASE_INSENSITIVE_ORDER))
                        .map(u -> new Choice(u.id(), u.name()))));
        tags.setAll(withAny(
                "All tags",
                reference.tags().stream()
                        .map(Tag::text)
                        .sorted(String.CASE_INSENSITIVE_ORDER)
                        .map(t -> new Choice(t, t))));
        sources.setAll(withAny(
                "All sources",
                reference.sources().stream()
                        .map(Source::text)
                        .sorted(String.CASE_INSENSITIVE_ORDER)
                        .map(s -> new Choice(s, s))));
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

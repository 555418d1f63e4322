package io.stageboard.ui.board;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.stageboard.api.Opportunity;
import io.stageboard.api.Stage;
import io.stageboard.service.sync.BoardIndex;
import io.stageboard.service.sync.BoardQuery;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The columns' slices, without the toolkit: after every load, filter, search, move, update and removal each column
 * shows exactly the cards of its stage that pass, newest arrival first, then by name, then by id. The expected
 * columns come from a plain model kept here and filtered and sorted by hand, never from {@link BoardQuery#test} or
 * the board's own order. Each column's change events are replayed on a plain list, which must end up equal to the
 * column, as a list view that follows the events would.
 */
class StageSlicesTest {

    private static final List<String> STAGES = List.of("lead", "screen", "onsite");
    private static final List<String> TAGS = List.of("Java", "Go", "Remote", "Senior");
    private static final List<String> OWNERS = List.of("u1", "u2", "u3");
    // Few names and few times, so that ties on time and on name are common.
    private static final List<String> NAMES = List.of("Ada Lovelace", "Alan Turing", "Grace Hopper", "ada byron");

    /** What the test knows of each opportunity: the truth the columns must follow. */
    private record Truth(
            String id, String stage, long advancedAt, String name, List<String> tags, String owner, boolean archived) {}

    /** The filters a query sets, read here by hand. */
    private record Filter(boolean showArchived, String tag, String owner, String search) {
        BoardQuery query() {
            return new BoardQuery(showArchived, null, tag, null, null, owner, search);
        }

        boolean passes(Truth t) {
            String text = (t.name() + "\n\n" + t.id() + "@example.com").toLowerCase(Locale.ROOT);
            return (showArchived || !t.archived())
                    && (tag == null || t.tags().contains(tag))
                    && (owner == null || owner.equals(t.owner()))
                    && (search.isEmpty() || text.contains(search.toLowerCase(Locale.ROOT)));
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Random random = new Random(11);
    private final Map<String, Truth> truth = new LinkedHashMap<>();
    private final BoardIndex index = new BoardIndex();
    private final BoardCards cards = new BoardCards();
    private final List<ColumnModel> columns = new ArrayList<>();
    private final Map<String, List<CardModel>> replayed = new HashMap<>();
    private Filter filter = new Filter(false, null, null, "");
    private int nextId;

    @BeforeEach
    void load() {
        for (String stage : STAGES) {
            ColumnModel column = new ColumnModel(new Stage(stage, stage.toUpperCase(Locale.ROOT)));
            columns.add(column);
            List<CardModel> mirror = new ArrayList<>();
            replayed.put(stage, mirror);
            column.cards().addListener((ListChangeListener<CardModel>) change -> replay(change, mirror));
        }
        cards.columns(columns);
        List<Opportunity> first = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            first.add(remember(randomOpportunity("o" + nextId++)));
        }
        // A stage the board has no column for: its cards show nowhere.
        first.add(remember(opportunity("o" + nextId++, "gone-stage", 5, "Nobody", List.of(), "u1", false)));
        index.putAll(first);
        cards.setAll(first.stream().map(this::card).toList());
        applyFilter(filter);
    }

    @Test
    void aLoadedBoardShowsEachStageFilteredAndSortedByHand() {
        assertColumnsAsExpected();
    }

    @Test
    void everyFilterAndSearchGivesEachColumnTheOracleSlice() {
        List<Filter> filters = List.of(
                new Filter(true, null, null, ""),
                new Filter(false, "Java", null, ""),
                new Filter(true, "Remote", "u2", ""),
                new Filter(false, null, "u3", ""),
                new Filter(false, null, null, "ada"),
                new Filter(false, null, null, "ADA L"),
                new Filter(true, "Senior", null, "o1"),
                new Filter(false, "no such tag", null, ""),
                new Filter(false, null, null, "zzz-nobody"),
                new Filter(false, null, null, ""));
        for (Filter f : filters) {
            applyFilter(f);
            assertColumnsAsExpected();
        }
    }

    @Test
    void movedCardsTakeTheirSortedPlaceInTheNewColumnAtOnce() {
        applyFilter(new Filter(false, "Java", null, ""));
        List<String> ids = new ArrayList<>(truth.keySet());
        for (int i = 0; i < 60; i++) {
            String id = ids.get(random.nextInt(ids.size()));
            CardModel card = cards.get(id);
            String target = STAGES.get(random.nextInt(STAGES.size()));
            // An optimistic move keeps the time; Lever's answer then stamps a new one, sometimes equal to another's.
            card.moveLocally(target);
            card.setPending(true);
            Truth t = truth.get(id);
            truth.put(id, withStage(t, target, t.advancedAt()));
            assertColumnsAsExpected();
            long at = 1_000L * random.nextInt(20);
            card.apply(opportunity(id, target, at, t.name(), t.tags(), t.owner(), t.archived()));
            card.setPending(false);
            truth.put(id, withStage(t, target, at));
            assertColumnsAsExpected();
        }
    }

    @Test
    void updatesRemovalsAndNewCardsKeepTheSlicesRight() {
        applyFilter(new Filter(false, null, "u1", ""));
        List<String> ids = new ArrayList<>(truth.keySet());
        for (int round = 0; round < 30; round++) {
            // A few changed in Lever (new stage, time, tags or archived), one removed, one new: one by one.
            List<Opportunity> changed = new ArrayList<>();
            for (int k = 0; k < 3; k++) {
                String id = ids.get(random.nextInt(ids.size()));
                if (truth.containsKey(id)) {
                    changed.add(remember(randomOpportunity(id)));
                }
            }
            changed.add(remember(randomOpportunity("o" + nextId++)));
            upsert(changed);
            assertColumnsAsExpected();
            String gone = ids.get(random.nextInt(ids.size()));
            truth.remove(gone);
            index.removeAll(List.of(gone));
            cards.remove(List.of(gone));
            assertColumnsAsExpected();
        }
        // Many at once: the columns are refilled whole.
        List<Opportunity> many = new ArrayList<>();
        truth.keySet().stream().limit(150).toList().forEach(id -> many.add(remember(randomOpportunity(id))));
        for (int i = 0; i < 100; i++) {
            many.add(remember(randomOpportunity("o" + nextId++)));
        }
        upsert(many);
        assertColumnsAsExpected();
        List<String> leaving = truth.keySet().stream().skip(20).limit(100).toList();
        leaving.forEach(truth::remove);
        index.removeAll(leaving);
        cards.remove(leaving);
        assertColumnsAsExpected();
        applyFilter(new Filter(true, null, null, "a"));
        assertColumnsAsExpected();
    }

    @Test
    void aCardWhoseSlotTheIndexGaveToAnotherLeavesItsColumn() {
        String gone = truth.keySet().iterator().next();
        truth.remove(gone);
        index.removeAll(List.of(gone));
        cards.remove(List.of(gone));
        // The new opportunity takes the freed slot.
        Opportunity fresh = remember(randomOpportunity("o" + nextId++));
        upsert(List.of(fresh));
        assertColumnsAsExpected();
    }

    @Test
    void aFilterChangeReachesEachColumnAsOneReplacement() {
        ColumnModel column = columns.get(0);
        List<String> seen = new ArrayList<>();
        column.cards().addListener((ListChangeListener<CardModel>) change -> {
            int steps = 0;
            while (change.next()) {
                steps++;
                seen.add(change.wasReplaced() + " " + change.getFrom() + "-" + change.getTo() + " was "
                        + change.getRemovedSize());
            }
            seen.add(steps + " step");
        });
        int before = column.getCount();

        applyFilter(new Filter(true, null, null, ""));

        assertThat(seen).containsExactly("true 0-" + column.getCount() + " was " + before, "1 step");
    }

    @Test
    void aPendingMarkRedrawsTheCardInPlaceWithOneReplacement() {
        ColumnModel column =
                columns.stream().filter(c -> c.getCount() > 2).findFirst().orElseThrow();
        CardModel card = column.cards().get(1);
        List<String> seen = new ArrayList<>();
        column.cards().addListener((ListChangeListener<CardModel>) change -> {
            while (change.next()) {
                seen.add(change.wasReplaced() + " " + change.getFrom() + "-" + change.getTo());
            }
        });

        card.setPending(true);

        assertThat(seen).containsExactly("true 1-2");
        assertThat(column.cards().get(1)).isSameAs(card);
    }

    private void upsert(List<Opportunity> changed) {
        index.putAll(changed);
        cards.upsert(changed.stream().map(this::card).toList());
    }

    private void applyFilter(Filter f) {
        filter = f;
        cards.filter(index.match(f.query())::contains);
    }

    private void assertColumnsAsExpected() {
        Predicate<Truth> passes = filter::passes;
        Comparator<Truth> order = Comparator.comparingLong(Truth::advancedAt)
                .reversed()
                .thenComparing(Truth::name)
                .thenComparing(Truth::id);
        for (ColumnModel column : columns) {
            List<String> expected = truth.values().stream()
                    .filter(t -> t.stage().equals(column.stageId()))
                    .filter(passes)
                    .sorted(order)
                    .map(Truth::id)
                    .toList();
            assertThat(ids(column.cards()))
                    .as(column.stageId() + " under " + filter)
                    .isEqualTo(expected);
            assertThat(column.getCount()).isEqualTo(expected.size());
            assertThat(ids(replayed.get(column.stageId())))
                    .as("the change events of " + column.stageId())
                    .isEqualTo(expected);
        }
        // Every shown card is the board's current card for its id.
        columns.forEach(c ->
                c.cards().forEach(card -> assertThat(cards.get(card.id())).isSameAs(card)));
    }

    private static List<String> ids(List<CardModel> list) {
        return list.stream().map(CardModel::id).toList();
    }

    private static void replay(ListChangeListener.Change<? extends CardModel> change, List<CardModel> mirror) {
        while (change.next()) {
            if (change.wasPermutated()) {
                throw new AssertionError("a column never permutes");
            }
            if (change.wasUpdated()) {
                continue;
            }
            mirror.subList(change.getFrom(), change.getFrom() + change.getRemovedSize())
                    .clear();
            mirror.addAll(change.getFrom(), change.getAddedSubList());
        }
    }

    private CardModel card(Opportunity o) {
        CardModel card = new CardModel(o, "", o.owner());
        card.setIndexSlot(index.slotOf(o.id()));
        return card;
    }

    private Opportunity remember(Opportunity o) {
        truth.put(
                o.id(),
                new Truth(o.id(), o.stage(), o.lastAdvancedAt(), o.name(), o.tags(), o.owner(), o.isArchived()));
        return o;
    }

    private static Truth withStage(Truth t, String stage, long at) {
        return new Truth(t.id(), stage, at, t.name(), t.tags(), t.owner(), t.archived());
    }

    private Opportunity randomOpportunity(String id) {
        List<String> tags = TAGS.stream().filter(t -> random.nextInt(3) == 0).toList();
        return opportunity(
                id,
                STAGES.get(random.nextInt(STAGES.size())),
                1_000L * random.nextInt(20),
                NAMES.get(random.nextInt(NAMES.size())),
                tags,
                OWNERS.get(random.nextInt(OWNERS.size())),
                random.nextInt(5) == 0);
    }

    private static Opportunity opportunity(
            String id, String stage, long advancedAt, String name, List<String> tags, String owner, boolean archived) {
        Map<String, Object> json = new HashMap<>();
        json.put("id", id);
        json.put("name", name);
        json.put("emails", List.of(id + "@example.com"));
        json.put("stage", stage);
        json.put("confidentiality", "non-confidential");
        json.put("origin", "applied");
        json.put("owner", owner);
        json.put("tags", tags);
        json.put("lastAdvancedAt", advancedAt);
        if (archived) {
            json.put("archived", Map.of("archivedAt", 1L, "reason", "hired"));
        }
        return JSON.convertValue(json, Opportunity.class);
    }
}

package io.stageboard.ui.board;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.collections.ObservableListBase;

/**
 * Every loaded card in load order, for the opportunities table: read-only to everyone else, changed by
 * {@link BoardCards}. Each card knows its place, so a card that changes (a move, a pending mark) is reported as an
 * update of its row without a search and without a listener per card.
 */
final class AllCards extends ObservableListBase<CardModel> {

    private List<CardModel> cards = new ArrayList<>();

    void setAll(List<CardModel> replacement) {
        List<CardModel> was = cards;
        cards = new ArrayList<>(replacement);
        was.forEach(c -> c.setPosition(-1));
        number(0);
        if (!was.isEmpty() || !cards.isEmpty()) {
            fireChange(new Refill<>(this, was, cards.size()));
        }
    }

    void addAll(List<CardModel> added) {
        if (added.isEmpty()) {
            return;
        }
        int from = cards.size();
        cards.addAll(added);
        number(from);
        beginChange();
        nextAdd(from, cards.size());
        endChange();
    }

    /** Puts {@code card} in the place of {@code old}, when {@code old} is here. */
    void replace(CardModel old, CardModel card) {
        int at = old.position();
        if (at < 0 || at >= cards.size() || cards.get(at) != old) {
            return;
        }
        cards.set(at, card);
        old.setPosition(-1);
        card.setPosition(at);
        beginChange();
        nextSet(at, old);
        endChange();
    }

    /** Takes out these cards (by identity). */
    void removeAll(Set<CardModel> gone) {
        List<CardModel> kept = new ArrayList<>(cards.size());
        beginChange();
        for (int i = 0; i < cards.size(); i++) {
            CardModel card = cards.get(i);
            if (gone.contains(card)) {
                // Indices of a removal are those of the list after the earlier steps.
                nextRemove(kept.size(), card);
                card.setPosition(-1);
            } else {
                kept.add(card);
            }
        }
        cards = kept;
        number(0);
        endChange();
    }

    /** Tells the listeners that {@code card} changed (its row redraws). */
    void updated(CardModel card) {
        int at = card.position();
        if (at >= 0 && at < cards.size() && cards.get(at) == card) {
            beginChange();
            nextUpdate(at);
            endChange();
        }
    }

    private void number(int from) {
        for (int i = from; i < cards.size(); i++) {
            cards.get(i).setPosition(i);
        }
    }

    @Override
    public CardModel get(int index) {
        return cards.get(index);
    }

    @Override
    public int size() {
        return cards.size();
    }
}

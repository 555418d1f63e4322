package io.stageboard.sandbox;

import io.stageboard.sandbox.SandboxModel.DeletedOpportunity;
import io.stageboard.sandbox.SandboxModel.Note;
import io.stageboard.sandbox.SandboxModel.Opportunity;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * Opportunities drawn on demand from the seed and their position, so an account of a million starts in seconds
 * and holds only what the index keeps. Each position has its own generators (facts, contact, notes, deletion), so
 * any part of any opportunity is drawn without the others.
 */
final class GeneratedOpportunities implements SeedOpportunities {

    private static final long DAY = 86_400_000L;
    private static final int FACTS = 1;
    private static final int CONTACT = 2;
    private static final int NOTES = 3;
    private static final int DELETION = 4;

    private final OpportunityRecipe recipe;
    private final long seed;
    private final int size;
    private final long active;

    /** @param archivedShare the exact share archived, or null to let the recipe draw it (about a third) */
    GeneratedOpportunities(OpportunityRecipe recipe, long seed, int size, Double archivedShare) {
        this.recipe = recipe;
        this.seed = seed;
        this.size = size;
        this.active = archivedShare == null ? -1 : Math.round(size * (1 - archivedShare));
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public Opportunity opportunity(int i) {
        return recipe.opportunity(i, random(i, FACTS), random(i, CONTACT), archived(i));
    }

    @Override
    public Opportunity facts(int i) {
        return recipe.opportunity(i, random(i, FACTS), null, archived(i));
    }

    @Override
    public List<Note> notes(int i) {
        return recipe.notes(facts(i), random(i, NOTES));
    }

    /** The opportunities deleted before the sandbox started: one per 50 seeded, at least one. */
    List<DeletedOpportunity> deleted() {
        return IntStream.range(size, size + Math.max(1, size / 50))
                .parallel()
                .mapToObj(i -> {
                    Opportunity o = opportunity(i);
                    Random r = random(i, DELETION);
                    long deletedAt = Math.max(o.createdAt(), SeedGenerator.SEED_NOW - r.nextInt(30) * DAY);
                    return new DeletedOpportunity(o, recipe.activeUser(r).id(), deletedAt);
                })
                .toList();
    }

    /**
     * Exactly {@code active} of the {@code size} positions are active, spread evenly over the positions (and so at
     * random over time, since creation times are drawn); null when the recipe draws it.
     */
    private Boolean archived(int i) {
        if (active < 0) {
            return null;
        }
        return (i + 1L) * active / size == (long) i * active / size;
    }

    private Random random(int i, int stream) {
        return new Random(mix(mix(seed) ^ (i * 8L + stream)));
    }

    /** SplitMix64's finaliser: neighbouring positions get unrelated generators. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}

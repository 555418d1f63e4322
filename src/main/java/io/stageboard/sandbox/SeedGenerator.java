package io.stageboard.sandbox;

import io.stageboard.sandbox.SandboxModel.ArchiveReason;
import io.stageboard.sandbox.SandboxModel.Categories;
import io.stageboard.sandbox.SandboxModel.DeletedOpportunity;
import io.stageboard.sandbox.SandboxModel.Note;
import io.stageboard.sandbox.SandboxModel.Opportunity;
import io.stageboard.sandbox.SandboxModel.Posting;
import io.stageboard.sandbox.SandboxModel.Stage;
import io.stageboard.sandbox.SandboxModel.User;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Builds the deterministic seed data from a seed and a size. Reference data (stages, reasons, users, postings)
 * is drawn first, so its ids do not depend on the size. Timestamps count back from a fixed instant, never from
 * the wall clock, so the same seed always gives the same data.
 *
 * <p>The opportunities themselves follow {@link OpportunityRecipe}.
 */
final class SeedGenerator {

    /** The "present" of the seeded account. */
    static final long SEED_NOW = Instant.parse("2026-10-01T09:00:00Z").toEpochMilli();

    private static final long DAY = 86_400_000L;

    /** Largest account drawn up front; larger ones, and any with an archived share, are drawn lazily. */
    static final int EAGER_LIMIT = 50_000;

    private final long seed;
    private final Random random;
    private final List<User> users = new ArrayList<>();
    private final List<User> activeUsers = new ArrayList<>();
    private final List<Posting> postings = new ArrayList<>();
    private List<Stage> stages;
    private List<ArchiveReason> reasons;

    SeedGenerator(long seed) {
        this.seed = seed;
        this.random = new Random(seed);
    }

    /**
     * The account for {@code size} opportunities. Up to {@link #EAGER_LIMIT} without an archived share, every
     * opportunity is drawn up front in one sequence, as the sandbox always did (tests rely on those exact values);
     * otherwise opportunities are drawn on demand from the seed and their position.
     *
     * @param archivedShare the exact share of archived opportunities, or null for the recipe's own (about a third)
     */
    SeedData generate(int size, Double archivedShare) {
        stages = List.of(
                new Stage("lead-new", "New lead"),
                new Stage("lead-reached-out", "Reached out"),
                new Stage("lead-responded", "Responded"),
                new Stage("applicant-new", "New applicant"),
                new Stage(uuid(), "Phone screen"),
                new Stage(uuid(), "On-site interview"),
                new Stage(uuid(), "Reference check"),
                new Stage("offer", "Offer"));
        reasons = List.of(
                new ArchiveReason(uuid(), "Underqualified", "active", "non-hired"),
                new ArchiveReason(uuid(), "Unresponsive", "active", "non-hired"),
                new ArchiveReason(uuid(), "Timing", "active", "non-hired"),
                new ArchiveReason(uuid(), "Withdrew", "active", "non-hired"),
                new ArchiveReason(uuid(), "Offer declined", "active", "non-hired"),
                new ArchiveReason(uuid(), "Position closed", "active", "non-hired"),
                new ArchiveReason(uuid(), "No response - OLD", "inactive", "non-hired"),
                new ArchiveReason(uuid(), "Hired", "active", "hired"));
        seedUsers();
        seedPostings();
        OpportunityRecipe recipe = new OpportunityRecipe(stages, reasons, users, activeUsers, postings);
        if (archivedShare == null && size <= EAGER_LIMIT) {
            return eager(recipe, size);
        }
        GeneratedOpportunities lazy = new GeneratedOpportunities(recipe, seed, size, archivedShare);
        return new SeedData(stages, reasons, users, postings, lazy, lazy.deleted());
    }

    /** The historic recipe: every opportunity, note and deletion drawn in turn from the one seeded generator. */
    private SeedData eager(OpportunityRecipe recipe, int size) {
        List<Opportunity> opportunities = new ArrayList<>(size);
        List<Note> notes = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            Opportunity o = recipe.opportunity(i, random, random, null);
            opportunities.add(o);
            notes.addAll(recipe.notes(o, random));
        }
        List<DeletedOpportunity> deleted = new ArrayList<>();
        for (int i = 0; i < Math.max(1, size / 50); i++) {
            Opportunity o = recipe.opportunity(size + i, random, random, null);
            long deletedAt = Math.max(o.createdAt(), SEED_NOW - (long) random.nextInt(30) * DAY);
            deleted.add(new DeletedOpportunity(o, recipe.activeUser(random).id(), deletedAt));
        }
        return new SeedData(stages, reasons, users, postings, SeedOpportunities.listed(opportunities, notes), deleted);
    }

    private void seedUsers() {
        String[] roles = {
            "super admin",
            "admin",
            "admin",
            "team member",
            "team member",
            "team member",
            "team member",
            "team member",
            "team member",
            "team member",
            "team member",
            "team member",
            "team member",
            "limited team member",
            "limited team member",
            "limited team member",
            "interviewer",
            "interviewer",
            "interviewer",
            "interviewer"
        };
        for (int i = 0; i < roles.length; i++) {
            String first = SeedPools.FIRST_NAMES.get((i * 7 + 3) % SeedPools.FIRST_NAMES.size());
            String last = SeedPools.LAST_NAMES.get((i * 11 + 5) % SeedPools.LAST_NAMES.size());
            String username = OpportunityRecipe.ascii(first + "." + last);
            long created = SEED_NOW - (800 + random.nextInt(600)) * DAY;
            // The last user left the company: deactivated, still named in old histories.
            Long deactivated = i == roles.length - 1 ? SEED_NOW - 40 * DAY : null;
            String manager =
                    i == 0 ? null : users.get(random.nextInt(Math.min(i, 3))).id();
            User u = new User(
                    uuid(),
                    first + " " + last,
                    username,
                    username + "@stageboard-demo.example",
                    roles[i],
                    created,
                    deactivated,
                    pick(SeedPools.JOB_TITLES),
                    manager);
            users.add(u);
            if (deactivated == null) {
                activeUsers.add(u);
            }
        }
    }

    private void seedPostings() {
        for (String[] p : SeedPools.POSTINGS) {
            long created = SEED_NOW - (30 + random.nextInt(300)) * DAY;
            boolean confidential = p[0].contains("confidential");
            List<String> followers = List.of(
                            pick(activeUsers).id(), pick(activeUsers).id())
                    .stream()
                    .distinct()
                    .toList();
            int min = 50_000 + random.nextInt(60) * 1_000;
            postings.add(new Posting(
                    uuid(),
                    p[0],
                    created,
                    created + random.nextInt(20) * DAY,
                    pick(activeUsers).id(),
                    pick(activeUsers).id(),
                    pick(activeUsers).id(),
                    confidential ? "confidential" : "non-confidential",
                    new Categories(p[1], p[2], p[3], List.of(p[3]), p[4]),
                    country(p[3]),
                    followers,
                    List.of(p[2]),
                    p[5],
                    "REQ-" + (100 + postings.size()),
                    p[6],
                    "We are looking for a " + p[0] + " to join our " + p[1] + " team.",
                    min,
                    min + 30_000));
        }
    }

    private static String country(String location) {
        if (location.contains("Germany")) {
            return "DE";
        } else if (location.contains("UK")) {
            return "GB";
        } else if (location.contains("India")) {
            return "IN";
        } else if (location.contains("Canada")) {
            return "CA";
        } else if (location.contains("Ireland")) {
            return "IE";
        } else if (location.contains("France")) {
            return "FR";
        } else if (location.contains("Japan")) {
            return "JP";
        }
        return "US";
    }

    private String uuid() {
        return OpportunityRecipe.uuid(random);
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }
}

package io.stageboard.sandbox;

import io.stageboard.sandbox.SandboxModel.ArchiveReason;
import io.stageboard.sandbox.SandboxModel.Archived;
import io.stageboard.sandbox.SandboxModel.Categories;
import io.stageboard.sandbox.SandboxModel.DataProtection;
import io.stageboard.sandbox.SandboxModel.DeletedOpportunity;
import io.stageboard.sandbox.SandboxModel.Note;
import io.stageboard.sandbox.SandboxModel.Opportunity;
import io.stageboard.sandbox.SandboxModel.Phone;
import io.stageboard.sandbox.SandboxModel.Posting;
import io.stageboard.sandbox.SandboxModel.Stage;
import io.stageboard.sandbox.SandboxModel.StageChange;
import io.stageboard.sandbox.SandboxModel.User;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * Builds the deterministic seed data from a seed and a size. Reference data (stages, reasons, users, postings)
 * is drawn first, so its ids do not depend on the size. Timestamps count back from a fixed instant, never from
 * the wall clock, so the same seed always gives the same data.
 *
 * <p>Longer than the house's 350 lines on purpose: it reads top to bottom as one recipe for a whole account, and splitting the recipe would scatter the choices that keep the seeded data consistent.
 */
final class SeedGenerator {

    /** The "present" of the seeded account. */
    static final long SEED_NOW = Instant.parse("2026-10-01T09:00:00Z").toEpochMilli();

    private static final long DAY = 86_400_000L;
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern NOT_HANDLE = Pattern.compile("[^a-z0-9.\\-]");
    private static final String[] ORIGINS = {
        "applied",
        "applied",
        "applied",
        "applied",
        "sourced",
        "sourced",
        "sourced",
        "referred",
        "agency",
        "internal",
        "university"
    };

    private final Random random;
    private final List<User> users = new ArrayList<>();
    private final List<User> activeUsers = new ArrayList<>();
    private final List<Posting> postings = new ArrayList<>();
    private List<Stage> stages;
    private List<ArchiveReason> reasons;

    SeedGenerator(long seed) {
        this.random = new Random(seed);
    }

    SeedData generate(int size) {
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
        List<Opportunity> opportunities = new ArrayList<>(size);
        List<Note> notes = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            Opportunity o = opportunity(i);
            opportunities.add(o);
            notes.addAll(notes(o));
        }
        List<DeletedOpportunity> deleted = new ArrayList<>();
        for (int i = 0; i < Math.max(1, size / 50); i++) {
            Opportunity o = opportunity(size + i);
            long deletedAt = Math.max(o.createdAt(), SEED_NOW - (long) random.nextInt(30) * DAY);
            deleted.add(new DeletedOpportunity(o, pick(activeUsers).id(), deletedAt));
        }
        return new SeedData(stages, reasons, users, postings, opportunities, notes, deleted);
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
            String username = ascii(first + "." + last);
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

    private Opportunity opportunity(int n) {
        OpportunityBuilder b = new OpportunityBuilder();
        b.id = uuid();
        b.contact = uuid();
        String handle;
        if (random.nextInt(100) < 12) {
            String[] other = SeedPools.OTHER_SCRIPT_NAMES.get(random.nextInt(SeedPools.OTHER_SCRIPT_NAMES.size()));
            b.name = other[0];
            handle = other[1];
        } else {
            String first = pick(SeedPools.FIRST_NAMES);
            String last = pick(SeedPools.LAST_NAMES);
            b.name = first + " " + last;
            handle = ascii(first + "." + last);
        }
        if (random.nextInt(100) >= 5) {
            b.emails.add(handle + (n % 7 == 0 ? "" : String.valueOf(n)) + "@" + pick(SeedPools.EMAIL_DOMAINS));
            if (random.nextInt(100) < 8) {
                b.emails.add(handle + ".work@" + pick(SeedPools.EMAIL_DOMAINS));
            }
        }
        if (random.nextInt(100) < 60) {
            String[] types = {"mobile", "mobile", "work", "home", "other", "skype"};
            b.phones.add(new Phone(
                    types[random.nextInt(types.length)],
                    "+1 555 " + (100 + random.nextInt(900)) + " " + (1000 + random.nextInt(9000))));
        }
        b.headline = pick(SeedPools.HEADLINES);
        b.location = pick(SeedPools.LOCATIONS);
        if (random.nextInt(100) < 30) {
            b.links.add("https://www.linkedin.com/in/" + handle.replace('.', '-'));
        }
        b.origin = ORIGINS[random.nextInt(ORIGINS.length)];
        b.sources.add(source(b.origin));
        User sourcer = random.nextInt(100) < 3 ? users.get(users.size() - 1) : pick(activeUsers);
        b.sourcedBy = sourcer.id();
        b.owner = pick(activeUsers).id();
        b.followers.add(b.sourcedBy);
        if (!b.followers.contains(b.owner)) {
            b.followers.add(b.owner);
        }
        if (b.origin.equals("applied") || random.nextInt(100) < 60) {
            Posting p = postings.get(random.nextInt(postings.size()));
            b.postingId = p.id();
            b.applicationId = uuid();
            b.confidentiality = p.confidentiality();
            b.opportunityLocation = p.categories().location();
        }
        int tagCount = random.nextInt(4);
        for (int t = 0; t < tagCount; t++) {
            String tag = pick(SeedPools.TAGS);
            if (!b.tags.contains(tag)) {
                b.tags.add(tag);
            }
        }
        b.createdAt = SEED_NOW - 1 - (long) (random.nextDouble() * 365 * DAY);
        history(b, sourcer.id());
        if (random.nextInt(100) < 20) {
            b.dataProtection = new DataProtection(true, SEED_NOW + 700 * DAY, random.nextBoolean(), null);
        }
        if (random.nextInt(100) < 3) {
            b.snoozedUntil = SEED_NOW + (1 + random.nextInt(60)) * DAY;
        }
        return b.build();
    }

    /** A stage history consistent with the current stage, then maybe an archive, then the update times. */
    private void history(OpportunityBuilder b, String creator) {
        boolean lead = b.origin.equals("sourced") || b.origin.equals("agency");
        int start = lead ? 0 : 3;
        int last = stages.size() - 1;
        int current = Math.min(last, start + (int) Math.floor(Math.pow(random.nextDouble(), 1.6) * (last - start + 1)));
        List<Integer> path = new ArrayList<>();
        path.add(start);
        for (int s = start + 1; s < current; s++) {
            if (random.nextInt(100) < 70) {
                path.add(s);
            }
        }
        if (current != start) {
            path.add(current);
        }
        long t = b.createdAt;
        long span = SEED_NOW - b.createdAt;
        for (int i = 0; i < path.size(); i++) {
            if (i > 0) {
                t += (long) (random.nextDouble() * span / (path.size() + 1));
            }
            String user = i == 0
                    ? creator
                    : random.nextInt(100) < 70 ? b.owner : pick(activeUsers).id();
            b.stageChanges.add(new StageChange(stages.get(path.get(i)).id(), path.get(i), t, user));
        }
        b.stage = stages.get(current).id();
        b.lastAdvancedAt = t;
        long latest = t;
        if (random.nextInt(100) < 25 || (current == last && random.nextInt(100) < 50)) {
            ArchiveReason reason = current == last && random.nextInt(100) < 60
                    ? reasons.get(reasons.size() - 1)
                    : reasons.get(random.nextInt(reasons.size() - 1));
            long archivedAt = t + (long) (random.nextDouble() * (SEED_NOW - t) / 2);
            b.archived = new Archived(archivedAt, reason.id());
            latest = archivedAt;
        }
        b.lastInteractionAt = latest + (long) (random.nextDouble() * (SEED_NOW - latest) / 3);
        // Old records that were never touched since Lever introduced updatedAt carry null.
        b.updatedAt = b.createdAt < SEED_NOW - 300 * DAY && random.nextInt(100) < 10 ? null : b.lastInteractionAt;
    }

    private List<Note> notes(Opportunity o) {
        int count = random.nextInt(4);
        List<Note> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            boolean inApp = random.nextInt(100) < 50;
            String user = inApp
                    ? pick(activeUsers).id()
                    : random.nextBoolean() ? null : pick(activeUsers).id();
            long at = o.createdAt() + (long) (random.nextDouble() * (SEED_NOW - o.createdAt()));
            Integer score = random.nextInt(100) < 20 ? 1 + random.nextInt(4) : null;
            out.add(new Note(
                    uuid(),
                    o.id(),
                    user,
                    random.nextInt(100) < 10,
                    score,
                    pick(SeedPools.NOTE_TEXTS),
                    o.stage(),
                    at,
                    inApp));
        }
        out.sort((x, y) -> Long.compare(x.createdAt(), y.createdAt()));
        return out;
    }

    private String source(String origin) {
        return switch (origin) {
            case "applied" -> random.nextBoolean() ? "Posting" : "Company website";
            case "referred" -> "Referral";
            case "agency" -> "Agency";
            case "internal" -> "Internal";
            case "university" -> "University fair";
            default ->
                new String[] {"LinkedIn", "GitHub", "AngelList", "Added manually", "Email Lead"}[random.nextInt(5)];
        };
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

    /** Lower-case ASCII e-mail handle: accents folded, apostrophes and spaces dropped. */
    private static String ascii(String name) {
        String folded =
                MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        return NOT_HANDLE.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll("");
    }

    private String uuid() {
        return Ids.from(random).toString();
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }
}

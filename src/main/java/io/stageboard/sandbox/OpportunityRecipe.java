package io.stageboard.sandbox;

import io.stageboard.sandbox.SandboxModel.ArchiveReason;
import io.stageboard.sandbox.SandboxModel.Archived;
import io.stageboard.sandbox.SandboxModel.DataProtection;
import io.stageboard.sandbox.SandboxModel.Note;
import io.stageboard.sandbox.SandboxModel.Opportunity;
import io.stageboard.sandbox.SandboxModel.Phone;
import io.stageboard.sandbox.SandboxModel.Posting;
import io.stageboard.sandbox.SandboxModel.Stage;
import io.stageboard.sandbox.SandboxModel.StageChange;
import io.stageboard.sandbox.SandboxModel.User;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * How one seeded opportunity and its notes are drawn, given the account's reference data. Draws come from two
 * generators: {@code facts} for what the list's order, filters and counts read (id, stage, history, archive, tags,
 * sources, posting), {@code contact} for the person (name, emails, phones, links, data protection, snooze). The
 * small eager accounts pass one generator for both, which keeps their historic order of draws; the lazy large
 * accounts pass two, so the facts of a million opportunities can be drawn without their contact details. Stateless
 * apart from a cache of e-mail handles, so safe to share between threads.
 */
final class OpportunityRecipe {

    private static final long DAY = 86_400_000L;
    private static final long SEED_NOW = SeedGenerator.SEED_NOW;
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern NOT_HANDLE = Pattern.compile("[^a-z0-9.\\-]");
    private static final Map<String, String> HANDLES = new ConcurrentHashMap<>();
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

    private final List<Stage> stages;
    private final List<ArchiveReason> reasons;
    private final List<User> users;
    private final List<User> activeUsers;
    private final List<Posting> postings;

    OpportunityRecipe(
            List<Stage> stages,
            List<ArchiveReason> reasons,
            List<User> users,
            List<User> activeUsers,
            List<Posting> postings) {
        this.stages = stages;
        this.reasons = reasons;
        this.users = users;
        this.activeUsers = activeUsers;
        this.postings = postings;
    }

    /**
     * Opportunity number {@code n}.
     *
     * @param contact  null to skip the contact details (the result then has no name, emails, phones or links)
     * @param archived null to draw whether it is archived (about a third are), else whether it must be
     */
    Opportunity opportunity(int n, Random facts, Random contact, Boolean archived) {
        OpportunityBuilder b = new OpportunityBuilder();
        b.id = uuid(facts);
        if (contact != null) {
            contact(b, n, contact);
        }
        b.origin = ORIGINS[facts.nextInt(ORIGINS.length)];
        b.sources.add(source(b.origin, facts));
        User sourcer = facts.nextInt(100) < 3 ? users.get(users.size() - 1) : pick(activeUsers, facts);
        b.sourcedBy = sourcer.id();
        b.owner = pick(activeUsers, facts).id();
        b.followers.add(b.sourcedBy);
        if (!b.followers.contains(b.owner)) {
            b.followers.add(b.owner);
        }
        if (b.origin.equals("applied") || facts.nextInt(100) < 60) {
            Posting p = postings.get(facts.nextInt(postings.size()));
            b.postingId = p.id();
            b.applicationId = uuid(facts);
            b.confidentiality = p.confidentiality();
            b.opportunityLocation = p.categories().location();
        }
        int tagCount = facts.nextInt(4);
        for (int t = 0; t < tagCount; t++) {
            String tag = pick(SeedPools.TAGS, facts);
            if (!b.tags.contains(tag)) {
                b.tags.add(tag);
            }
        }
        b.createdAt = SEED_NOW - 1 - (long) (facts.nextDouble() * 365 * DAY);
        history(b, sourcer.id(), facts, archived);
        if (contact != null) {
            if (contact.nextInt(100) < 20) {
                b.dataProtection = new DataProtection(true, SEED_NOW + 700 * DAY, contact.nextBoolean(), null);
            }
            if (contact.nextInt(100) < 3) {
                b.snoozedUntil = SEED_NOW + (1 + contact.nextInt(60)) * DAY;
            }
        }
        return b.build();
    }

    private void contact(OpportunityBuilder b, int n, Random random) {
        b.contact = uuid(random);
        String handle;
        if (random.nextInt(100) < 12) {
            String[] other = SeedPools.OTHER_SCRIPT_NAMES.get(random.nextInt(SeedPools.OTHER_SCRIPT_NAMES.size()));
            b.name = other[0];
            handle = other[1];
        } else {
            String first = pick(SeedPools.FIRST_NAMES, random);
            String last = pick(SeedPools.LAST_NAMES, random);
            b.name = first + " " + last;
            handle = ascii(first + "." + last);
        }
        if (random.nextInt(100) >= 5) {
            b.emails.add(handle + (n % 7 == 0 ? "" : String.valueOf(n)) + "@" + pick(SeedPools.EMAIL_DOMAINS, random));
            if (random.nextInt(100) < 8) {
                b.emails.add(handle + ".work@" + pick(SeedPools.EMAIL_DOMAINS, random));
            }
        }
        if (random.nextInt(100) < 60) {
            String[] types = {"mobile", "mobile", "work", "home", "other", "skype"};
            b.phones.add(new Phone(
                    types[random.nextInt(types.length)],
                    "+1 555 " + (100 + random.nextInt(900)) + " " + (1000 + random.nextInt(9000))));
        }
        b.headline = pick(SeedPools.HEADLINES, random);
        b.location = pick(SeedPools.LOCATIONS, random);
        if (random.nextInt(100) < 30) {
            b.links.add("https://www.linkedin.com/in/" + handle.replace('.', '-'));
        }
    }

    /** A stage history consistent with the current stage, then maybe an archive, then the update times. */
    private void history(OpportunityBuilder b, String creator, Random random, Boolean archived) {
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
                    : random.nextInt(100) < 70
                            ? b.owner
                            : pick(activeUsers, random).id();
            b.stageChanges.add(new StageChange(stages.get(path.get(i)).id(), path.get(i), t, user));
        }
        b.stage = stages.get(current).id();
        b.lastAdvancedAt = t;
        long latest = t;
        boolean archive =
                archived != null ? archived : random.nextInt(100) < 25 || (current == last && random.nextInt(100) < 50);
        if (archive) {
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

    /** The seeded notes of {@code o}, oldest first. */
    List<Note> notes(Opportunity o, Random random) {
        int count = random.nextInt(4);
        List<Note> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            boolean inApp = random.nextInt(100) < 50;
            String user = inApp
                    ? pick(activeUsers, random).id()
                    : random.nextBoolean() ? null : pick(activeUsers, random).id();
            long at = o.createdAt() + (long) (random.nextDouble() * (SEED_NOW - o.createdAt()));
            Integer score = random.nextInt(100) < 20 ? 1 + random.nextInt(4) : null;
            out.add(new Note(
                    uuid(random),
                    o.id(),
                    user,
                    random.nextInt(100) < 10,
                    score,
                    pick(SeedPools.NOTE_TEXTS, random),
                    o.stage(),
                    at,
                    inApp));
        }
        out.sort((x, y) -> Long.compare(x.createdAt(), y.createdAt()));
        return out;
    }

    /** An active user, e.g. the one who deleted an opportunity. */
    User activeUser(Random random) {
        return pick(activeUsers, random);
    }

    private static String source(String origin, Random random) {
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

    /** Lower-case ASCII e-mail handle: accents folded, apostrophes and spaces dropped. Cached: names repeat. */
    static String ascii(String name) {
        return HANDLES.computeIfAbsent(name, n -> {
            String folded =
                    MARKS.matcher(Normalizer.normalize(n, Normalizer.Form.NFD)).replaceAll("");
            return NOT_HANDLE.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll("");
        });
    }

    static String uuid(Random random) {
        return Ids.from(random).toString();
    }

    static <T> T pick(List<T> list, Random random) {
        return list.get(random.nextInt(list.size()));
    }
}

package io.stageboard.service.sync;

import io.stageboard.api.ArchiveReason;
import io.stageboard.api.Posting;
import io.stageboard.api.Source;
import io.stageboard.api.Stage;
import io.stageboard.api.Tag;
import io.stageboard.api.User;
import io.stageboard.credentials.Feature;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The account's reference data that the board joins opportunities with: stages in pipeline order, users, postings,
 * tags, sources and archive reasons.
 *
 * @param unavailable the optional lists that could not be read (they are empty here), each with the sentence saying
 *                    what is off and what to do: the filter's tooltip and the status bar show it
 */
public record PipelineReference(
        List<Stage> stages,
        List<User> users,
        List<Posting> postings,
        List<Tag> tags,
        List<Source> sources,
        List<ArchiveReason> archiveReasons,
        Map<Feature, String> unavailable) {

    /** Shown for an owner, follower or author whose id is not among the account's users (or users are off). */
    public static final String UNKNOWN_USER = "Unknown user";

    public PipelineReference {
        stages = List.copyOf(stages);
        users = List.copyOf(users);
        postings = List.copyOf(postings);
        tags = List.copyOf(tags);
        sources = List.copyOf(sources);
        archiveReasons = List.copyOf(archiveReasons);
        unavailable = unavailable.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(unavailable));
    }

    /** Every list read, none unavailable. */
    public PipelineReference(
            List<Stage> stages,
            List<User> users,
            List<Posting> postings,
            List<Tag> tags,
            List<Source> sources,
            List<ArchiveReason> archiveReasons) {
        this(stages, users, postings, tags, sources, archiveReasons, Map.of());
    }

    /** @return the sentence saying why this list is off, or empty when it was read */
    public Optional<String> unavailable(Feature feature) {
        return Optional.ofNullable(unavailable.get(feature));
    }

    /** The stage with this id, if the account has it. */
    public Optional<Stage> stage(String id) {
        return stages.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** A user's display name; {@link #UNKNOWN_USER} for an id the account's users do not have; "" for null. */
    public String userName(String id) {
        return id == null ? "" : usersById().getOrDefault(id, UNKNOWN_USER);
    }

    /**
     * @return the name to show for a user id the users list does not have: {@link #UNKNOWN_USER} once the users were
     *         read (or could not be), "" while they are still loading (the stages come first)
     */
    public String missingUserName() {
        return users.isEmpty() && !unavailable.containsKey(Feature.USERS) ? "" : UNKNOWN_USER;
    }

    /** A posting's title, or an empty string when the id is unknown or null. */
    public String postingTitle(String id) {
        return id == null ? "" : postingsById().getOrDefault(id, "");
    }

    /** Users by id, for joining many opportunities at once. */
    public Map<String, String> usersById() {
        return users.stream().collect(Collectors.toMap(User::id, User::name, (a, b) -> a));
    }

    /** Posting titles by id, for joining many opportunities at once. */
    public Map<String, String> postingsById() {
        return postings.stream().collect(Collectors.toMap(Posting::id, Posting::text, (a, b) -> a));
    }

    /** Archive reasons by id. */
    public Map<String, ArchiveReason> archiveReasonsById() {
        return archiveReasons.stream().collect(Collectors.toMap(ArchiveReason::id, Function.identity(), (a, b) -> a));
    }
}

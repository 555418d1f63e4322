package io.stageboard.service.sync;

import io.stageboard.service.outbox.Archive;

import io.stageboard.api.ArchiveReason;
import io.stageboard.api.Posting;
import io.stageboard.api.Source;
import io.stageboard.api.Stage;
import io.stageboard.api.Tag;
import io.stageboard.api.User;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The account's reference data that the board joins opportunities with: stages in pipeline order, users, postings,
 * tags, sources and archive reasons.
 */
public record PipelineReference(List<Stage> stages, List<User> users, List<Posting> postings, List<Tag> tags,
                                List<Source> sources, List<ArchiveReason> archiveReasons) {

    public PipelineReference {
        stages = List.copyOf(stages);
        users = List.copyOf(users);
        postings = List.copyOf(postings);
        tags = List.copyOf(tags);
        sources = List.copyOf(sources);
        archiveReasons = List.copyOf(archiveReasons);
    }

    /** The stage with this id, if the account has it. */
    public Optional<Stage> stage(String id) {
        return stages.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** A user's display name, or an empty string when the id is unknown or null. */
    public String userName(String id) {
        return id == null ? "" : usersById().getOrDefault(id, "");
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

package io.stageboard.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stageboard.sandbox.SandboxModel.Count;
import io.stageboard.sandbox.SandboxModel.Posting;
import io.stageboard.sandbox.SandboxModel.User;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** Read-only account data: stages, archive reasons, tags, sources, users, postings. */
final class ReferenceHandlers {

    private static final Set<String> POSTING_STATES =
            Set.of("published", "internal", "closed", "draft", "pending", "rejected");

    private final SandboxData data;
    private final LeverJson json;

    ReferenceHandlers(SandboxData data, LeverJson json) {
        this.data = data;
        this.json = json;
    }

    void register(Router router) {
        router.add("GET", "/stages", "stages:read", this::stages)
                .add(
                        "GET",
                        "/stages/:id",
                        "stages:read",
                        r -> Response.ok(LeverJson.single(LeverJson.stage(data.stage(r.pathParam("id"))
                                .orElseThrow(() -> notFound("Stage", r.pathParam("id")))))))
                .add("GET", "/archive_reasons", "archive_reasons:read", this::reasons)
                .add(
                        "GET",
                        "/archive_reasons/:id",
                        "archive_reasons:read",
                        r -> Response.ok(LeverJson.single(LeverJson.reason(data.archiveReason(r.pathParam("id"))
                                .orElseThrow(() -> notFound("Archive reason", r.pathParam("id")))))))
                .add("GET", "/tags", "tags:read", r -> counts(r, data.tagCounts()))
                .add("GET", "/sources", "sources:read", r -> counts(r, data.sourceCounts()))
                .add("GET", "/users", "users:read", this::users)
                .add(
                        "GET",
                        "/users/:id",
                        "users:read",
                        r -> Response.ok(LeverJson.single(LeverJson.user(
                                data.user(r.pathParam("id")).orElseThrow(() -> notFound("User", r.pathParam("id")))))))
                .add("GET", "/postings", "postings:read", this::postings)
                .add(
                        "GET",
                        "/postings/:id",
                        "postings:read",
                        r -> Response.ok(LeverJson.single(json.posting(
                                data.posting(r.pathParam("id"))
                                        .filter(p -> r.maySee(p.confidentiality()))
                                        .orElseThrow(() -> notFound("Posting", r.pathParam("id"))),
                                Set.copyOf(r.all("expand"))))));
    }

    static ApiError notFound(String what, String id) {
        return ApiError.notFound(what + " '" + id + "' was not found.");
    }

    private Response stages(Request r) {
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < data.stages().size(); i++) {
            positions.add(i);
        }
        return paged(
                r,
                positions,
                i -> new OffsetTokens.Key(i, data.stages().get(i).id()),
                i -> LeverJson.stage(data.stages().get(i)));
    }

    private Response reasons(Request r) {
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < data.archiveReasons().size(); i++) {
            String type = r.one("type");
            if (type == null || type.equals(data.archiveReasons().get(i).type())) {
                positions.add(i);
            }
        }
        return paged(
                r,
                positions,
                i -> new OffsetTokens.Key(i, data.archiveReasons().get(i).id()),
                i -> LeverJson.reason(data.archiveReasons().get(i)));
    }

    private Response counts(Request r, Map<String, Integer> counts) {
        List<Count> list = counts.entrySet().stream()
                .map(e -> new Count(e.getKey(), e.getValue()))
                .toList();
        return paged(r, list, c -> new OffsetTokens.Key(0, c.text()), c -> LeverJson.count(c.text(), c.count()));
    }

    private Response users(Request r) {
        boolean includeDeactivated = Boolean.TRUE.equals(r.bool("includeDeactivated"));
        Set<String> emails = new HashSet<>(r.emails());
        Set<String> roles = new HashSet<>(r.all("accessRole"));
        List<User> users = data.users().stream()
                .filter(u -> includeDeactivated || !u.deactivated())
                .filter(u -> emails.isEmpty() || emails.contains(u.email().toLowerCase(Locale.ROOT)))
                .filter(u -> roles.isEmpty() || roles.contains(u.accessRole()))
                .sorted(Comparator.comparingLong(User::createdAt).thenComparing(User::id))
                .toList();
        return paged(r, users, u -> new OffsetTokens.Key(u.createdAt(), u.id()), LeverJson::user);
    }

    private Response postings(Request r) {
        Set<String> states = new HashSet<>(r.all("state"));
        for (String s : states) {
            if (!POSTING_STATES.contains(s)) {
                throw ApiError.badRequest("Invalid state '" + s + "': expected one of published, internal, closed, "
                        + "draft, pending, rejected.");
            }
        }
        Set<String> teams = new HashSet<>(r.all("team"));
        Set<String> departments = new HashSet<>(r.all("department"));
        Set<String> locations = new HashSet<>(r.all("location"));
        Set<String> commitments = new HashSet<>(r.all("commitment"));
        Set<String> expand = Set.copyOf(r.all("expand"));
        String confidentiality = r.confidentiality();
        List<Posting> postings = data.postings().stream()
                .filter(p -> states.isEmpty() || states.contains(p.state()))
                .filter(p -> teams.isEmpty() || teams.contains(p.categories().team()))
                .filter(p -> departments.isEmpty()
                        || departments.contains(p.categories().department()))
                .filter(p ->
                        locations.isEmpty() || locations.contains(p.categories().location()))
                .filter(p -> commitments.isEmpty()
                        || commitments.contains(p.categories().commitment()))
                .filter(p -> confidentiality.equals("all") || confidentiality.equals(p.confidentiality()))
                .sorted(Comparator.comparingLong(Posting::createdAt).thenComparing(Posting::id))
                .toList();
        return paged(r, postings, p -> new OffsetTokens.Key(p.createdAt(), p.id()), p -> json.posting(p, expand));
    }

    private static <T> Response paged(
            Request r, List<T> sorted, Function<T, OffsetTokens.Key> keyOf, Function<T, ObjectNode> toJson) {
        OffsetTokens.Page<T> page =
                OffsetTokens.page(sorted, keyOf, OffsetTokens.ASCENDING, r.offset(), r.limit(100), r.fingerprint());
        return Response.ok(LeverJson.list(page.items().stream().map(toJson).toList(), page.hasNext(), page.next()));
    }
}

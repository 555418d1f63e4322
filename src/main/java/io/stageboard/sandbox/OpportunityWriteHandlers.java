package io.stageboard.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import io.stageboard.sandbox.SandboxModel.Opportunity;
import io.stageboard.sandbox.SandboxModel.User;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** Opportunity writes: stage, archived state, tags, sources, links. Each answers {@code {"data": opportunity}}. */
final class OpportunityWriteHandlers {

    private final SandboxData data;
    private final LeverJson json;

    OpportunityWriteHandlers(SandboxData data, LeverJson json) {
        this.data = data;
        this.json = json;
    }

    void register(Router router) {
        router.add("PUT", "/opportunities/:id/stage", "opportunities:write", this::stage)
                .add("PUT", "/opportunities/:id/archived", "opportunities:write", this::archived)
                .add(
                        "POST",
                        "/opportunities/:id/addTags",
                        "opportunities:write",
                        r -> strings(r, "tags", (id, v, u) -> data.addTags(id, v, u)))
                .add(
                        "POST",
                        "/opportunities/:id/removeTags",
                        "opportunities:write",
                        r -> strings(r, "tags", (id, v, u) -> data.removeTags(id, v, u)))
                .add(
                        "POST",
                        "/opportunities/:id/addSources",
                        "opportunities:write",
                        r -> strings(r, "sources", (id, v, u) -> data.addSources(id, v, u)))
                .add(
                        "POST",
                        "/opportunities/:id/removeSources",
                        "opportunities:write",
                        r -> strings(r, "sources", (id, v, u) -> data.removeSources(id, v, u)))
                .add(
                        "POST",
                        "/opportunities/:id/addLinks",
                        "opportunities:write",
                        r -> strings(r, "links", (id, v, u) -> data.addLinks(id, v, u)))
                .add(
                        "POST",
                        "/opportunities/:id/removeLinks",
                        "opportunities:write",
                        r -> strings(r, "links", (id, v, u) -> data.removeLinks(id, v, u)));
    }

    /**
     * The {@code perform_as} user id, or null when absent. Unknown and deactivated users are refused with 400:
     * Lever's exact behaviour is unverified, but acting as nobody would silently misattribute the change.
     */
    static String performAs(Request r, SandboxData data) {
        String id = r.one("perform_as");
        if (id == null) {
            return null;
        }
        User user = data.user(id)
                .orElseThrow(() -> ApiError.badRequest(
                        "perform_as: there is no user with id '" + id + "'. Use the id of an active Lever user."));
        if (user.deactivated()) {
            throw ApiError.badRequest(
                    "perform_as: user '" + user.name() + "' (" + id + ") is deactivated and cannot perform actions.");
        }
        return id;
    }

    /** Runs a data change, turning its argument errors into 400 and a missing opportunity into 404. */
    static <T> T change(String opportunityId, Supplier<Optional<T>> body) {
        Optional<T> result;
        try {
            result = body.get();
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest(e.getMessage());
        }
        return result.orElseThrow(() -> ReferenceHandlers.notFound("Opportunity", opportunityId));
    }

    /** The {@code :id} of the request's path, after checking that the opportunity exists (404 otherwise). */
    static String existing(Request r, SandboxData data) {
        String id = r.pathParam("id");
        if (data.opportunity(id).isEmpty()) {
            throw ReferenceHandlers.notFound("Opportunity", id);
        }
        return id;
    }

    private String existing(Request r) {
        return existing(r, data);
    }

    private Response answer(Request r, Opportunity o) {
        return Response.ok(LeverJson.single(json.opportunity(o, OpportunityReadHandlers.expand(r))));
    }

    private Response stage(Request r) {
        String id = existing(r);
        String user = performAs(r, data);
        JsonNode stage = r.json().get("stage");
        if (stage == null || !stage.isTextual() || stage.asText().isBlank()) {
            throw ApiError.badRequest("Missing 'stage': send {\"stage\": \"<stage id>\"}.");
        }
        return answer(r, change(id, () -> data.moveStage(id, stage.asText(), user)));
    }

    private Response archived(Request r) {
        String id = existing(r);
        String user = performAs(r, data);
        JsonNode body = r.json();
        if (!body.has("reason")) {
            throw ApiError.badRequest("Missing 'reason': send {\"reason\": \"<archive reason id>\"} to archive, "
                    + "or {\"reason\": null} to unarchive.");
        }
        JsonNode reason = body.get("reason");
        if (!reason.isNull() && (!reason.isTextual() || reason.asText().isBlank())) {
            throw ApiError.badRequest("'reason' must be an archive reason id or null.");
        }
        String reasonId = reason.isNull() ? null : reason.asText();
        return answer(r, change(id, () -> data.setArchived(id, reasonId, user)));
    }

    private interface ListChange {
        Optional<Opportunity> apply(String opportunityId, List<String> values, String userId);
    }

    private Response strings(Request r, String field, ListChange op) {
        String id = existing(r);
        String user = performAs(r, data);
        JsonNode array = r.json().get(field);
        if (array == null || !array.isArray()) {
            throw ApiError.badRequest("Missing '" + field + "': send {\"" + field + "\": [\"...\"]}.");
        }
        List<String> values = new ArrayList<>();
        for (JsonNode v : array) {
            if (!v.isTextual()) {
                throw ApiError.badRequest("Every entry of '" + field + "' must be a string.");
            }
            values.add(v.asText());
        }
        return answer(r, change(id, () -> op.apply(id, values, user)));
    }
}

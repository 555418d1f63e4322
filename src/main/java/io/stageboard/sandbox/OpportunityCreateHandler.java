package io.stageboard.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stageboard.sandbox.SandboxModel.ArchiveReason;
import io.stageboard.sandbox.SandboxModel.Phone;
import io.stageboard.sandbox.SandboxModel.Posting;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code POST /opportunities} with a JSON or {@code multipart/form-data} body ({@link CreateForm}); de-duplicates
 * contacts by email or joins the {@code contact} named ({@link ContactDedupe}). {@code perform_as} is required, as
 * on Lever; {@code perform_as_posting_owner=true} acts as the posting owner. With {@code parse=true} a résumé fills
 * the name, emails, phones and links the request left empty ({@link ResumeFacts}); the résumé and files are then
 * listed under the new opportunity's {@code /resumes} and {@code /files}.
 */
final class OpportunityCreateHandler {

    private static final Set<String> ORIGINS =
            Set.of("agency", "applied", "internal", "referred", "sourced", "university");
    private static final Set<String> PHONE_TYPES = Set.of("other", "home", "mobile", "work", "skype");

    private final SandboxData data;
    private final LeverJson json;
    private final Attachments attachments;

    OpportunityCreateHandler(SandboxData data, LeverJson json, Attachments attachments) {
        this.data = data;
        this.json = json;
        this.attachments = attachments;
    }

    void register(Router router) {
        router.add("POST", "/opportunities", "opportunities:write", this::create);
    }

    private Response create(Request r) {
        CreateForm form = CreateForm.of(r);
        ObjectNode body = form.fields();
        if (Boolean.TRUE.equals(r.bool("parse")) && form.resume() != null) {
            ResumeFacts.of(ResumeText.of(form.resume())).fillEmpty(body);
        }
        OpportunityBuilder b = new OpportunityBuilder();
        b.contact = text(body, "contact", null);
        b.name = text(body, "name", "");
        b.headline = text(body, "headline", "");
        b.location = text(body, "location", "");
        b.stage = text(body, "stage", "lead-new");
        if (data.stageIndex(b.stage) < 0) {
            throw ApiError.badRequest("Stage '" + b.stage + "' does not exist.");
        }
        b.origin = text(body, "origin", "sourced");
        if (!ORIGINS.contains(b.origin)) {
            throw ApiError.badRequest("Invalid origin '" + b.origin + "': expected one of " + ORIGINS + ".");
        }
        b.emails = strings(body, "emails");
        b.links = strings(body, "links");
        b.tags = distinct(strings(body, "tags"));
        b.sources = distinct(strings(body, "sources"));
        b.followers = distinct(strings(body, "followers"));
        for (JsonNode p : body.path("phones")) {
            String type = p.path("type").asText("other");
            if (!PHONE_TYPES.contains(type) || !p.path("value").isTextual()) {
                throw ApiError.badRequest(
                        "Each phone must be {\"type\": one of " + PHONE_TYPES + ", \"value\": text}.");
            }
            b.phones.add(new Phone(type, p.get("value").asText()));
        }
        List<String> postings = strings(body, "postings");
        if (postings.size() > 1) {
            throw ApiError.badRequest("An opportunity can be created for at most one posting.");
        }
        Posting posting = postings.isEmpty()
                ? null
                : data.posting(postings.get(0))
                        .orElseThrow(() -> ApiError.badRequest("Posting '" + postings.get(0) + "' does not exist."));
        String creator = creator(r, posting);
        if (posting != null) {
            b.postingId = posting.id();
            b.applicationId = Ids.random().toString();
            b.confidentiality = posting.confidentiality();
            b.opportunityLocation = posting.categories().location();
        }
        b.owner = text(body, "owner", creator);
        for (String user : concat(b.followers, b.owner)) {
            if (data.user(user).isEmpty()) {
                throw ApiError.badRequest("User '" + user + "' does not exist.");
            }
        }
        Long createdAt = body.hasNonNull("createdAt") ? body.get("createdAt").asLong() : null;
        if (createdAt != null && createdAt > System.currentTimeMillis()) {
            throw ApiError.badRequest(
                    "createdAt cannot be in the future: you cannot create a candidate in the future.");
        }
        archive(b, body.get("archived"), createdAt);
        ContactDedupe.Created created;
        try {
            created = data.create(b, createdAt, creator);
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest(e.getMessage());
        }
        attachments.addAll(created.opportunity().id(), form);
        // Lever puts the dedupe flag beside the opportunity's fields in data.
        return new Response(
                201,
                LeverJson.single(json.opportunity(created.opportunity(), OpportunityReadHandlers.expand(r))
                        .put("deduped", created.deduped())));
    }

    private String creator(Request r, Posting posting) {
        if ("true".equals(r.one("perform_as_posting_owner"))) {
            if (posting == null) {
                throw ApiError.badRequest("perform_as_posting_owner needs exactly one posting in 'postings'.");
            }
            return posting.owner();
        }
        String creator = OpportunityWriteHandlers.performAs(r, data);
        if (creator == null) {
            throw ApiError.badRequest("perform_as is required to create an opportunity: pass the id of the user "
                    + "who creates it (e.g. the posting's owner or hiring manager).");
        }
        return creator;
    }

    private void archive(OpportunityBuilder b, JsonNode archived, Long createdAt) {
        if (archived == null || archived.isNull()) {
            return;
        }
        String reasonId = archived.path("reason").asText(null);
        ArchiveReason reason =
                reasonId == null ? null : data.archiveReason(reasonId).orElse(null);
        if (reason == null) {
            throw ApiError.badRequest("'archived.reason' must be the id of an archive reason.");
        }
        long at = archived.hasNonNull("archivedAt") ? archived.get("archivedAt").asLong() : System.currentTimeMillis();
        if (createdAt != null && at < createdAt) {
            throw ApiError.badRequest("'archived.archivedAt' must be after createdAt.");
        }
        b.archived = new SandboxModel.Archived(at, reason.id());
    }

    private static String text(JsonNode body, String field, String fallback) {
        JsonNode v = body.get(field);
        if (v == null || v.isNull()) {
            return fallback;
        }
        if (!v.isTextual()) {
            throw ApiError.badRequest("'" + field + "' must be a string.");
        }
        return v.asText();
    }

    private static List<String> strings(JsonNode body, String field) {
        List<String> out = new ArrayList<>();
        JsonNode v = body.get(field);
        if (v == null || v.isNull()) {
            return out;
        }
        if (!v.isArray()) {
            throw ApiError.badRequest("'" + field + "' must be an array of strings.");
        }
        for (JsonNode item : v) {
            if (!item.isTextual() || item.asText().isBlank()) {
                throw ApiError.badRequest("Every entry of '" + field + "' must be a non-empty string.");
            }
            out.add(item.asText());
        }
        return out;
    }

    private static List<String> distinct(List<String> values) {
        return new ArrayList<>(values.stream().distinct().toList());
    }

    private static List<String> concat(List<String> list, String one) {
        List<String> all = new ArrayList<>(list);
        all.add(one);
        return all;
    }
}

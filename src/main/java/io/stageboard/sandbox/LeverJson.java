package io.stageboard.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stageboard.sandbox.SandboxModel.ArchiveReason;
import io.stageboard.sandbox.SandboxModel.DataProtection;
import io.stageboard.sandbox.SandboxModel.Note;
import io.stageboard.sandbox.SandboxModel.Opportunity;
import io.stageboard.sandbox.SandboxModel.Phone;
import io.stageboard.sandbox.SandboxModel.Posting;
import io.stageboard.sandbox.SandboxModel.Stage;
import io.stageboard.sandbox.SandboxModel.StageChange;
import io.stageboard.sandbox.SandboxModel.User;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/** Writes the sandbox model as Lever's JSON (field names and shapes from the API reference, §2–7). */
final class LeverJson {

    static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String APP = "https://hire.sandbox.lever.co";
    static final String JOBS = "https://jobs.lever.co/" + SandboxData.SITE_NAME;

    private final SandboxData data;

    LeverJson(SandboxData data) {
        this.data = data;
    }

    static ObjectNode single(JsonNode item) {
        ObjectNode root = MAPPER.createObjectNode();
        root.set("data", item);
        return root;
    }

    static ObjectNode list(Collection<? extends JsonNode> items, boolean hasNext, String next) {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode array = root.putArray("data");
        items.forEach(array::add);
        root.put("hasNext", hasNext);
        if (next != null) {
            root.put("next", next);
        }
        return root;
    }

    static ObjectNode error(String code, String message) {
        return MAPPER.createObjectNode().put("code", code).put("message", message);
    }

    static ObjectNode stage(Stage s) {
        return MAPPER.createObjectNode().put("id", s.id()).put("text", s.text());
    }

    static ObjectNode reason(ArchiveReason r) {
        return MAPPER.createObjectNode()
                .put("id", r.id())
                .put("text", r.text())
                .put("status", r.status())
                .put("type", r.type());
    }

    static ObjectNode count(String text, int count) {
        return MAPPER.createObjectNode().put("text", text).put("count", count);
    }

    static ObjectNode user(User u) {
        ObjectNode o = MAPPER.createObjectNode()
                .put("id", u.id())
                .put("name", u.name())
                .put("username", u.username())
                .put("email", u.email())
                .put("accessRole", u.accessRole())
                .putNull("photo")
                .put("createdAt", u.createdAt());
        o.put("deactivatedAt", u.deactivatedAt());
        o.putNull("externalDirectoryId");
        o.putNull("linkedContactIds");
        o.put("jobTitle", u.jobTitle());
        o.put("managerId", u.managerId());
        return o;
    }

    /** A user id, or the user object when that field is expanded (unknown ids stay ids). */
    private JsonNode userRef(String id, boolean expand) {
        if (id == null) {
            return MAPPER.nullNode();
        }
        if (expand) {
            return data.user(id)
                    .<JsonNode>map(LeverJson::user)
                    .orElse(MAPPER.getNodeFactory().textNode(id));
        }
        return MAPPER.getNodeFactory().textNode(id);
    }

    private ArrayNode userRefs(List<String> ids, boolean expand) {
        ArrayNode array = MAPPER.createArrayNode();
        ids.forEach(id -> array.add(userRef(id, expand)));
        return array;
    }

    private static ArrayNode strings(List<String> values) {
        ArrayNode array = MAPPER.createArrayNode();
        values.forEach(array::add);
        return array;
    }

    ObjectNode posting(Posting p, Set<String> expand) {
        ObjectNode o = MAPPER.createObjectNode()
                .put("id", p.id())
                .put("text", p.text())
                .put("createdAt", p.createdAt())
                .put("updatedAt", p.updatedAt());
        o.set("user", userRef(p.user(), expand.contains("user")));
        o.set("owner", userRef(p.owner(), expand.contains("owner")));
        o.set("hiringManager", userRef(p.hiringManager(), expand.contains("hiringManager")));
        o.put("confidentiality", p.confidentiality());
        ObjectNode c = o.putObject("categories")
                .put("team", p.categories().team())
                .put("department", p.categories().department())
                .put("location", p.categories().location());
        c.set("allLocations", strings(p.categories().allLocations()));
        c.put("commitment", p.categories().commitment()).putNull("level");
        ObjectNode content = o.putObject("content")
                .put("description", p.description())
                .put("descriptionHtml", "<div>" + p.description() + "</div>");
        content.putArray("lists")
                .addObject()
                .put("text", "What you will do")
                .put("content", "<li>Build things people love</li>");
        content.put("closing", "We look forward to hearing from you.")
                .put("closingHtml", "<div>We look forward to hearing from you.</div>");
        o.put("country", p.country());
        o.set("followers", userRefs(p.followers(), expand.contains("followers")));
        o.set("tags", strings(p.tags()));
        o.put("state", p.state());
        boolean published = p.state().equals("published");
        if (published) {
            o.putArray("distributionChannels").add("public").add("internal");
        } else {
            o.putNull("distributionChannels");
        }
        o.put("reqCode", p.reqCode());
        o.putArray("requisitionCodes").add(p.reqCode());
        String salary = "$" + p.salaryMin() + " – $" + p.salaryMax() + " a year";
        o.put("salaryDescription", salary).put("salaryDescriptionHtml", "<div>" + salary + "</div>");
        o.putObject("salaryRange")
                .put("min", p.salaryMin())
                .put("max", p.salaryMax())
                .put("currency", "USD")
                .put("interval", "per-year-salary");
        if (published) {
            o.putObject("urls")
                    .put("list", JOBS)
                    .put("show", JOBS + "/" + p.id())
                    .put("apply", JOBS + "/" + p.id() + "/apply");
        } else {
            o.putNull("urls");
        }
        o.put("workplaceType", p.workplaceType());
        return o;
    }

    ObjectNode opportunity(Opportunity p, Set<String> expand) {
        ObjectNode o = MAPPER.createObjectNode()
                .put("id", p.id())
                .put("name", p.name())
                .put("headline", p.headline());
        if (expand.contains("contact")) {
            ObjectNode c = o.putObject("contact")
                    .put("id", p.contact())
                    .put("name", p.name())
                    .put("headline", p.headline())
                    .put("isAnonymized", p.isAnonymized());
            c.putObject("location").put("name", p.location());
            c.set("emails", strings(p.emails()));
            c.set("phones", phones(p.phones()));
        } else {
            o.put("contact", p.contact());
        }
        o.set("emails", strings(p.emails()));
        o.set("phones", phones(p.phones()));
        o.put("location", p.location());
        o.set("links", strings(p.links()));
        if (expand.contains("stage")) {
            o.set(
                    "stage",
                    data.stage(p.stage())
                            .map(LeverJson::stage)
                            .orElse(MAPPER.createObjectNode()
                                    .put("id", p.stage())
                                    .putNull("text")));
        } else {
            o.put("stage", p.stage());
        }
        ArrayNode changes = o.putArray("stageChanges");
        for (StageChange sc : p.stageChanges()) {
            changes.addObject()
                    .put("toStageId", sc.toStageId())
                    .put("toStageIndex", sc.toStageIndex())
                    .put("updatedAt", sc.updatedAt())
                    .put("userId", sc.userId());
        }
        o.put("confidentiality", p.confidentiality()).put("origin", p.origin());
        o.set("sources", strings(p.sources()));
        o.set("sourcedBy", userRef(p.sourcedBy(), expand.contains("sourcedBy")));
        o.set("owner", userRef(p.owner(), expand.contains("owner")));
        o.set("followers", userRefs(p.followers(), expand.contains("followers")));
        o.set("tags", strings(p.tags()));
        ArrayNode apps = o.putArray("applications");
        if (p.applicationId() != null) {
            apps.add(
                    expand.contains("applications")
                            ? application(p)
                            : MAPPER.getNodeFactory().textNode(p.applicationId()));
        }
        if (p.archived() == null) {
            o.putNull("archived");
        } else {
            o.putObject("archived")
                    .put("archivedAt", p.archived().archivedAt())
                    .put("reason", p.archived().reason());
        }
        o.put("createdAt", p.createdAt())
                .put("updatedAt", p.updatedAt())
                .put("lastInteractionAt", p.lastInteractionAt())
                .put("lastAdvancedAt", p.lastAdvancedAt())
                .put("snoozedUntil", p.snoozedUntil());
        o.putObject("urls").put("list", APP + "/candidates").put("show", APP + "/candidates/" + p.id());
        o.put("isAnonymized", p.isAnonymized());
        DataProtection dp = p.dataProtection();
        if (dp == null) {
            o.putNull("dataProtection");
        } else {
            ObjectNode d = o.putObject("dataProtection");
            d.putObject("store").put("allowed", dp.storeAllowed()).put("expiresAt", dp.storeExpiresAt());
            d.putObject("contact").put("allowed", dp.contactAllowed()).put("expiresAt", dp.contactExpiresAt());
        }
        o.put("opportunityLocation", p.opportunityLocation());
        return o;
    }

    private ObjectNode application(Opportunity p) {
        ObjectNode a = MAPPER.createObjectNode()
                .put("id", p.applicationId())
                .put("type", "posting")
                .put("candidateId", p.id())
                .put("opportunityId", p.id())
                .put("posting", p.postingId());
        data.posting(p.postingId())
                .ifPresent(
                        post -> a.put("postingOwner", post.owner()).put("postingHiringManager", post.hiringManager()));
        return a.put("user", p.sourcedBy()).put("createdAt", p.createdAt());
    }

    private static ArrayNode phones(List<Phone> phones) {
        ArrayNode array = MAPPER.createArrayNode();
        phones.forEach(ph -> array.addObject().put("type", ph.type()).put("value", ph.value()));
        return array;
    }

    static ObjectNode note(Note n) {
        ObjectNode o = MAPPER.createObjectNode()
                .put("id", n.id())
                .put("noteId", n.id())
                .put("text", "Note")
                .put("secret", n.secret())
                .put("user", n.userId())
                .put("completedAt", n.createdAt())
                .put("createdAt", n.createdAt())
                .putNull("deletedAt");
        o.putArray("fields")
                .addObject()
                .put("type", "note")
                .put("text", "Comment")
                .put("value", n.value())
                .put("score", n.score())
                .put("stage", n.stage())
                .put("user", n.userId())
                .put("createdAt", n.createdAt());
        return o;
    }
}

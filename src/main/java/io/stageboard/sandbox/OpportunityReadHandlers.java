package io.stageboard.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stageboard.sandbox.SandboxModel.DeletedOpportunity;
import io.stageboard.sandbox.SandboxModel.Opportunity;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** {@code GET /opportunities}, {@code /opportunities/deleted} and {@code /opportunities/:id}. */
final class OpportunityReadHandlers {

    private static final Set<String> EXPANDABLE =
            Set.of("applications", "stage", "owner", "followers", "sourcedBy", "contact");

    private final SandboxData data;
    private final LeverJson json;

    OpportunityReadHandlers(SandboxData data, LeverJson json) {
        this.data = data;
        this.json = json;
    }

    void register(Router router) {
        router.add("GET", "/opportunities", "opportunities:read", this::list)
                .add("GET", "/opportunities/deleted", "opportunities:read", this::deleted)
                .add("GET", "/opportunities/:id", "opportunities:read", this::one);
    }

    /** The validated {@code expand} values. */
    static Set<String> expand(Request r) {
        for (String e : r.all("expand")) {
            if (!EXPANDABLE.contains(e)) {
                throw ApiError.badRequest("Invalid expand '" + e + "': expected one of applications, stage, owner, "
                        + "followers, sourcedBy, contact.");
            }
        }
        return Set.copyOf(r.all("expand"));
    }

    private Response list(Request r) {
        Set<String> expand = expand(r);
        OpportunityFilter filter = OpportunityFilter.from(r);
        int limit = r.limit(100);
        OffsetTokens.Key after = r.offset();
        SandboxData.Slice<Opportunity> slice = data.page(filter, after, limit);
        List<ObjectNode> items =
                slice.items().stream().map(o -> json.opportunity(o, expand)).toList();
        String next = null;
        if (slice.hasNext()) {
            Opportunity last = slice.items().get(slice.items().size() - 1);
            next = OffsetTokens.encode(new OffsetTokens.Key(last.createdAt(), last.id()), r.fingerprint());
        }
        return Response.ok(LeverJson.list(items, slice.hasNext(), next));
    }

    private Response one(Request r) {
        String id = r.pathParam("id");
        Opportunity o = data.opportunity(id)
                .filter(x -> r.maySee(x.confidentiality()))
                .orElseThrow(() -> ReferenceHandlers.notFound("Opportunity", id));
        return Response.ok(LeverJson.single(json.opportunity(o, expand(r))));
    }

    private Response deleted(Request r) {
        Long start = r.millis("deleted_at_start");
        Long end = r.millis("deleted_at_end");
        Set<String> expand = expand(r);
        List<DeletedOpportunity> list = data.deletedOpportunities().stream()
                .filter(d -> (start == null || d.deletedAt() >= start) && (end == null || d.deletedAt() <= end))
                .sorted(Comparator.comparingLong(DeletedOpportunity::deletedAt)
                        .thenComparing(d -> d.opportunity().id()))
                .toList();
        OffsetTokens.Page<DeletedOpportunity> page = OffsetTokens.page(
                list,
                d -> new OffsetTokens.Key(d.deletedAt(), d.opportunity().id()),
                OffsetTokens.ASCENDING,
                r.offset(),
                r.limit(100),
                r.fingerprint());
        List<ObjectNode> items = page.items().stream()
                .map(d -> json.opportunity(d.opportunity(), expand)
                        .put("deletedBy", d.deletedBy())
                        .put("deletedAt", d.deletedAt()))
                .toList();
        return Response.ok(LeverJson.list(items, page.hasNext(), page.next()));
    }
}

package io.stageboard.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the JSON bodies of opportunity writes that carry more than one field. */
final class OpportunityBodies {

    private OpportunityBodies() {}

    /** The body of {@code POST /opportunities}; empty values are left out so that Lever applies its defaults. */
    static Map<String, Object> create(NewOpportunity candidate) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", candidate.name());
        putText(body, "headline", candidate.headline());
        putText(body, "location", candidate.location());
        putList(body, "emails", candidate.emails());
        putList(body, "phones", candidate.phones());
        putList(body, "links", candidate.links());
        putList(body, "tags", candidate.tags());
        putList(body, "sources", candidate.sources());
        putText(body, "origin", candidate.origin());
        putText(body, "owner", candidate.owner());
        putText(body, "stage", candidate.stageId());
        if (candidate.postingId() != null && !candidate.postingId().isBlank()) {
            body.put("postings", List.of(candidate.postingId()));
        }
        return body;
    }

    private static void putText(Map<String, Object> body, String field, String value) {
        if (value != null && !value.isBlank()) {
            body.put(field, value);
        }
    }

    private static void putList(Map<String, Object> body, String field, List<?> values) {
        if (!values.isEmpty()) {
            body.put(field, values);
        }
    }
}

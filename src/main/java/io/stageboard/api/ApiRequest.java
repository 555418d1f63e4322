package io.stageboard.api;

import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import okhttp3.HttpUrl;

/**
 * One Lever call as the client describes it, before auth, pacing and retry are added by {@link LeverHttp}.
 * Built fluently and then left alone; query parameters keep their order and may repeat (Lever's union filters).
 */
final class ApiRequest {

    final String method;
    final List<String> path;
    final List<Map.Entry<String, String>> query = new ArrayList<>();
    Object body;
    String subject = "This record";
    /** False for requests Lever would perform twice if sent twice (creating a note). */
    boolean safeToRepeat = true;
    /** True for deletes: a 404 after an attempt that may have landed means the earlier attempt did the work. */
    boolean notFoundMeansDone;

    private ApiRequest(String method, String... path) {
        this.method = method;
        this.path = List.of(path);
    }

    /**
     * The endpoint permission a refused read lacks, e.g. {@code "notes:read"}: the sub-list of an opportunity (notes,
     * files, resumes) or else the first path segment; {@code confidential:access} when it asked for confidential
     * records. Null for writes: Lever also refuses a write the key may make in general (a note written in Lever's
     * app), so a refused write does not prove a missing permission.
     */
    String permission() {
        if (!method.equals("GET")) {
            return null;
        }
        boolean confidential = query.stream()
                .anyMatch(e ->
                        e.getKey().equals("confidentiality") && !e.getValue().equals("non-confidential"));
        if (confidential) {
            return "confidential:access";
        }
        return (path.size() >= 3 && Set.of("notes", "files", "resumes").contains(path.get(2))
                        ? path.get(2)
                        : path.get(0))
                + ":read";
    }

    static ApiRequest get(String... path) {
        return new ApiRequest("GET", path);
    }

    static ApiRequest put(Object body, String... path) {
        return new ApiRequest("PUT", path).body(body);
    }

    static ApiRequest post(Object body, String... path) {
        return new ApiRequest("POST", path).body(body);
    }

    static ApiRequest delete(String... path) {
        ApiRequest request = new ApiRequest("DELETE", path);
        request.notFoundMeansDone = true;
        return request;
    }

    ApiRequest body(Object value) {
        this.body = value;
        return this;
    }

    /** Adds a query parameter; a null value is skipped, so optional parameters read naturally. */
    ApiRequest query(String name, Object value) {
        if (value != null) {
            query.add(new SimpleImmutableEntry<>(name, String.valueOf(value)));
        }
        return this;
    }

    ApiRequest queryAll(List<Map.Entry<String, String>> parameters) {
        query.addAll(parameters);
        return this;
    }

    ApiRequest performAs(String userId) {
        return query("perform_as", userId);
    }

    ApiRequest subject(String sentenceSubject) {
        this.subject = sentenceSubject;
        return this;
    }

    ApiRequest notSafeToRepeat() {
        this.safeToRepeat = false;
        return this;
    }

    /** A copy with one more parameter, for walking pages of the same query. */
    ApiRequest withQuery(String name, Object value) {
        ApiRequest copy = new ApiRequest(method, path.toArray(String[]::new));
        copy.query.addAll(query);
        copy.body = body;
        copy.subject = subject;
        copy.safeToRepeat = safeToRepeat;
        copy.notFoundMeansDone = notFoundMeansDone;
        return copy.query(name, value);
    }

    HttpUrl url(HttpUrl base) {
        HttpUrl.Builder url = base.newBuilder();
        // addPathSegment encodes ids, so an id can never escape its segment.
        path.forEach(url::addPathSegment);
        query.forEach(e -> url.addQueryParameter(e.getKey(), e.getValue()));
        return url.build();
    }
}

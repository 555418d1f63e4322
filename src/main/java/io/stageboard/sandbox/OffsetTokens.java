package io.stageboard.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Lever-style opaque offset tokens and keyset paging. A token is a percent-encoded JSON array
 * {@code [1, sortMs, "id", "fingerprint"]}: the sort key of the last item served plus a fingerprint of the query,
 * so a token replayed with other filters is refused the way Lever refuses it.
 */
final class OffsetTokens {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String INVALID = "Invalid offset token: Offset token is invalid for sort";

    private OffsetTokens() {}

    /** The sort key of one item: a timestamp (or position) and a tie-breaking id. */
    record Key(long sortMs, String id) {}

    /** One page of a list and the token of the next page (null on the last page). */
    record Page<T>(List<T> items, boolean hasNext, String next) {}

    /** The token that continues after {@code last} for the query with this fingerprint. */
    static String encode(Key last, String fingerprint) {
        ArrayNode array = MAPPER.createArrayNode()
                .add(1)
                .add(last.sortMs())
                .add(last.id())
                .add(fingerprint);
        return URLEncoder.encode(array.toString(), StandardCharsets.UTF_8).replace("+", "%20");
    }

    /**
     * Reads a token as the query string carried it (already URL-decoded once). Clients that encode the returned
     * token again are common, so a value that is still percent-encoded is decoded once more.
     *
     * @throws ApiError 400 for a malformed token or one issued for another query
     */
    static Key decode(String value, String fingerprint) {
        String text = value.trim();
        try {
            for (int i = 0; i < 2 && !text.startsWith("[") && text.contains("%"); i++) {
                text = URLDecoder.decode(text, StandardCharsets.UTF_8);
            }
            JsonNode array = MAPPER.readTree(text);
            if (array == null
                    || !array.isArray()
                    || array.size() != 4
                    || array.get(0).asInt() != 1
                    || !array.get(1).isIntegralNumber()
                    || !array.get(2).isTextual()
                    || !array.get(3).isTextual()) {
                throw ApiError.badRequest("Invalid offset token: the offset must be a value returned as 'next'.");
            }
            if (!array.get(3).asText().equals(fingerprint)) {
                throw ApiError.badRequest(INVALID);
            }
            return new Key(array.get(1).asLong(), array.get(2).asText());
        } catch (ApiError e) {
            throw e;
        } catch (Exception e) {
            throw ApiError.badRequest("Invalid offset token: the offset must be a value returned as 'next'.");
        }
    }

    /** Index of the first item of {@code sorted} whose key comes after {@code after} in {@code order}. */
    static <T> int firstAfter(List<T> sorted, Function<T, Key> keyOf, Comparator<Key> order, Key after) {
        int lo = 0;
        int hi = sorted.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (order.compare(keyOf.apply(sorted.get(mid)), after) <= 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Keyset paging over a small sorted list. */
    static <T> Page<T> page(
            List<T> sorted, Function<T, Key> keyOf, Comparator<Key> order, Key after, int limit, String fingerprint) {
        int from = after == null ? 0 : firstAfter(sorted, keyOf, order, after);
        int to = Math.min(sorted.size(), from + limit);
        List<T> items = new ArrayList<>(sorted.subList(from, to));
        boolean hasNext = to < sorted.size();
        return new Page<>(
                items, hasNext, hasNext ? encode(keyOf.apply(items.get(items.size() - 1)), fingerprint) : null);
    }

    /** Ascending by sort value, then id. */
    static final Comparator<Key> ASCENDING =
            Comparator.comparingLong(Key::sortMs).thenComparing(Key::id);

    /** Newest first, then id: the order of opportunities and notes. */
    static final Comparator<Key> NEWEST_FIRST =
            Comparator.comparingLong(Key::sortMs).reversed().thenComparing(Key::id);
}

package io.stageboard.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Null-tolerant copies for record constructors: Lever omits or nulls lists, callers never see null. */
final class Lists {

    private Lists() {}

    static <T> List<T> of(List<T> list) {
        if (list == null || list.isEmpty()) {
            return List.of();
        }
        // Not List.copyOf: that rejects null elements, which a lenient reader must tolerate.
        return Collections.unmodifiableList(new ArrayList<>(list));
    }

    static <K, V> Map<K, V> of(Map<K, V> map) {
        return map == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}

package io.stageboard.service.sync;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.stageboard.store.StoreException;
import java.util.List;

/**
 * The JSON the cache holds: the client's records written field by field (so helper methods such as
 * {@code isArchived()} never become properties) and read back through their canonical constructors.
 */
final class CacheJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .visibility(PropertyAccessor.ALL, Visibility.NONE)
            .visibility(PropertyAccessor.FIELD, Visibility.ANY)
            .build();

    private CacheJson() {}

    static ObjectWriter writer() {
        return MAPPER.writer();
    }

    static <T> ObjectReader reader(Class<T> type) {
        return MAPPER.readerFor(type);
    }

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write " + value.getClass().getSimpleName() + " for the cache", e);
        }
    }

    static <T> T read(String json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new StoreException(
                    "The local cache holds a damaged " + type.getSimpleName() + "; it will be loaded from Lever again.",
                    e);
        }
    }

    static <T> List<T> readList(String json, Class<T> type) {
        JavaType listType = MAPPER.getTypeFactory().constructCollectionType(List.class, type);
        try {
            return MAPPER.readValue(json, listType);
        } catch (JsonProcessingException e) {
            throw new StoreException(
                    "The local cache holds a damaged list of " + type.getSimpleName()
                            + "; it will be loaded from Lever again.",
                    e);
        }
    }
}

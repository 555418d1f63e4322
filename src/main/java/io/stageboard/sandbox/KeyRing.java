package io.stageboard.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The valid API keys and their permissions; "*" means every endpoint permission. Confidential access is granted
 * apart, as in Lever: the main key has every endpoint but sees no confidential records.
 */
final class KeyRing {

    /** The permission to see confidential postings and opportunities (Lever's {@code confidential:access}). */
    static final String CONFIDENTIAL = "confidential:access";

    private final Map<String, Set<String>> keys = new ConcurrentHashMap<>();

    KeyRing(String mainKey) {
        keys.put(mainKey, Set.of("*"));
    }

    void grant(String key, Set<String> permissions) {
        if (key == null || key.isBlank() || key.indexOf(':') >= 0) {
            throw new IllegalArgumentException("An API key must be non-empty and must not contain ':'.");
        }
        keys.put(key, Set.copyOf(permissions));
    }

    /** The key named by an Authorization header (Basic with the key as user name, or Bearer), or null. */
    static String keyOf(String authorization) {
        if (authorization == null) {
            return null;
        }
        String value = authorization.trim();
        int space = value.indexOf(' ');
        if (space < 0) {
            return null;
        }
        String scheme = value.substring(0, space);
        String credentials = value.substring(space + 1).trim();
        if (scheme.equalsIgnoreCase("Bearer")) {
            return credentials;
        }
        if (!scheme.equalsIgnoreCase("Basic")) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(credentials), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? decoded : decoded.substring(0, colon);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The permissions of a key, or null when the key is not valid. */
    Set<String> permissions(String key) {
        return key == null ? null : keys.get(key);
    }
}

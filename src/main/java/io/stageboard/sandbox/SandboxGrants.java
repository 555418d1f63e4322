package io.stageboard.sandbox;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The {@code --grant KEY=PERMISSION,…} option: a further API key limited to the endpoint permissions listed, as a
 * Super Admin grants them in Lever. Requests outside them are answered 403 with Lever's error shape.
 */
final class SandboxGrants {

    /** Every permission the sandbox's routes check, "*" for all of them, plus confidential access. */
    static final List<String> KNOWN = List.of(
            "*",
            "stages:read",
            "opportunities:read",
            "opportunities:write",
            "notes:read",
            "notes:write",
            "tags:read",
            "sources:read",
            "users:read",
            "postings:read",
            "archive_reasons:read",
            "files:read",
            "files:write",
            "resumes:read",
            KeyRing.CONFIDENTIAL);

    private SandboxGrants() {}

    /**
     * Adds the key named by {@code value} ({@code KEY=stages:read,opportunities:read}) to the options.
     *
     * @throws IllegalArgumentException with a sentence naming what is wrong
     */
    static SandboxOptions apply(SandboxOptions options, String value) {
        int eq = value.indexOf('=');
        String key = eq < 0 ? value.strip() : value.substring(0, eq).strip();
        if (eq < 0 || key.isEmpty() || key.indexOf(':') >= 0) {
            throw new IllegalArgumentException(
                    "--grant must be KEY=PERMISSION,PERMISSION,… with a key without ':'," + " got '" + value + "'.");
        }
        if (key.equals(options.apiKey())) {
            throw new IllegalArgumentException(
                    "--grant names the main key '" + key + "', which has every" + " permission; choose another key.");
        }
        Set<String> permissions = new LinkedHashSet<>();
        for (String part : value.substring(eq + 1).split(",")) {
            String permission = part.strip();
            if (permission.isEmpty()) {
                continue;
            }
            if (!KNOWN.contains(permission)) {
                throw new IllegalArgumentException(
                        "--grant: unknown permission '" + permission + "'. Known: " + String.join(", ", KNOWN) + ".");
            }
            permissions.add(permission);
        }
        return options.withGrant(key, permissions);
    }
}

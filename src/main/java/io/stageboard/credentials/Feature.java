package io.stageboard.credentials;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * A Lever endpoint permission Stageboard relies on, with the features that need it. A Super Admin grants these per
 * key under Settings › Integrations and API › API Credentials.
 */
public enum Feature {
    STAGES("Stages", "read", "the board's columns"),
    OPPORTUNITIES_READ("Opportunities", "read", "the candidates on the board"),
    OPPORTUNITIES_WRITE("Opportunities", "write", "moving, archiving and tagging candidates"),
    NOTES_READ("Notes", "read", "reading notes"),
    NOTES_WRITE("Notes", "write", "adding and deleting notes"),
    TAGS("Tags", "read", "the tag filter and tag suggestions"),
    ARCHIVE_REASONS("Archive reasons", "read", "archiving and the Hired reason"),
    USERS("Users", "read", "owner names and choosing whom to act as"),
    POSTINGS("Postings", "read", "posting names and the posting filter"),
    SOURCES("Sources", "read", "the source filter"),
    CONFIDENTIAL("Confidential data", "access", "confidential postings and candidates, if your team has any");

    private final String endpoint;
    private final String access;
    private final String usedFor;

    Feature(String endpoint, String access, String usedFor) {
        this.endpoint = endpoint;
        this.access = access;
        this.usedFor = usedFor;
    }

    /** @return e.g. "Opportunities (write)", as Lever's API Credentials page lists it */
    public String permission() {
        return endpoint + " (" + access + ")";
    }

    /** @return Lever's name for the permission in errors and scopes, e.g. "archive_reasons:read" */
    public String scope() {
        return this == CONFIDENTIAL
                ? "confidential:access"
                : endpoint.toLowerCase(Locale.ROOT).replace(' ', '_') + ":" + access;
    }

    /** @return the feature of a Lever permission such as "postings:read", if Stageboard uses it */
    public static Optional<Feature> forScope(String scope) {
        return Arrays.stream(values()).filter(f -> f.scope().equals(scope)).findFirst();
    }

    /** @return what in Stageboard needs it, e.g. "the board's columns" */
    public String usedFor() {
        return usedFor;
    }
}

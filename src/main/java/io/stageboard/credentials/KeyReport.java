package io.stageboard.credentials;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What a key may do, endpoint by endpoint, as found by {@link KeyCheck}.
 *
 * @param checks one entry per {@link Feature}, in the enum's order
 */
public record KeyReport(List<Check> checks) {

    /** The answer for one permission. */
    public enum Access {
        ALLOWED,
        DENIED,
        UNKNOWN
    }

    /**
     * @param feature the permission
     * @param access  allowed, denied, or unknown when Lever could not be asked
     * @param detail  for UNKNOWN, the sentence saying why; else null
     */
    public record Check(Feature feature, Access access, String detail) {}

    public KeyReport {
        checks = List.copyOf(checks);
    }

    /** @return the access found for one feature */
    public Access access(Feature feature) {
        return checks.stream()
                .filter(c -> c.feature() == feature)
                .map(Check::access)
                .findFirst()
                .orElse(Access.UNKNOWN);
    }

    /**
     * @return true when every endpoint permission Stageboard uses is granted (confidential access is a choice of the
     *         account, not something Stageboard needs)
     */
    public boolean allAllowed() {
        return checks.stream()
                .filter(c -> c.feature() != Feature.CONFIDENTIAL)
                .allMatch(c -> c.access() == Access.ALLOWED);
    }

    /** @return the endpoint permissions the key was refused (confidential access aside) */
    public List<Feature> denied() {
        return checks.stream()
                .filter(c -> c.access() == Access.DENIED && c.feature() != Feature.CONFIDENTIAL)
                .map(Check::feature)
                .toList();
    }

    /** @return true when the key may see confidential postings and opportunities */
    public boolean confidentialAccess() {
        return access(Feature.CONFIDENTIAL) == Access.ALLOWED;
    }

    /**
     * @return a sentence naming what will not work and what to ask for, or an empty string when nothing is denied
     */
    public String missingSentence() {
        List<Feature> denied = denied();
        if (denied.isEmpty()) {
            return "";
        }
        return "Without " + denied.stream().map(Feature::usedFor).collect(Collectors.joining(", "))
                + ", Stageboard will show what it can. Ask a Super Admin to grant this key "
                + denied.stream().map(Feature::permission).collect(Collectors.joining(", "))
                + " under Settings › Integrations and API › API Credentials.";
    }
}

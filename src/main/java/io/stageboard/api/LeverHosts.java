package io.stageboard.api;

import java.util.Locale;
import okhttp3.HttpUrl;

/**
 * Lever's other addresses for an account, derived from its data API address: the public Postings API, the job site
 * and the Lever app. Lever keeps EU accounts in its EU data centre ({@code *.eu.lever.co}) and its sandbox accounts on
 * {@code *.sandbox.lever.co}; everything else is the US production site.
 *
 * @param publicPostingsUrl the public Postings API root, e.g. {@code https://api.eu.lever.co/v0/postings}
 * @param jobSiteHost       the job site's host, e.g. {@code jobs.eu.lever.co}
 * @param appUrl            the Lever app, e.g. {@code https://hire.eu.lever.co}
 */
public record LeverHosts(String publicPostingsUrl, String jobSiteHost, String appUrl) {

    /** The US production site. */
    public static final LeverHosts US =
            new LeverHosts(PublicPostingsClient.PRODUCTION, "jobs.lever.co", "https://hire.lever.co");
    /** The EU data centre. */
    public static final LeverHosts EU =
            new LeverHosts("https://api.eu.lever.co/v0/postings", "jobs.eu.lever.co", "https://hire.eu.lever.co");
    /** Lever's sandbox accounts. */
    public static final LeverHosts SANDBOX = new LeverHosts(
            "https://api.sandbox.lever.co/v0/postings", "jobs.sandbox.lever.co", "https://hire.sandbox.lever.co");

    /**
     * @param dataApiUrl the account's data API address, e.g. {@code https://api.eu.lever.co/v1}
     * @return the hosts of the data centre that address belongs to; the US ones for any other address
     */
    public static LeverHosts forDataApi(String dataApiUrl) {
        HttpUrl url = dataApiUrl == null ? null : HttpUrl.parse(dataApiUrl.strip());
        String host = url == null ? "" : url.host().toLowerCase(Locale.ROOT);
        if (host.endsWith(".eu.lever.co") || host.equals("api-eu.lever.co")) {
            return EU;
        }
        if (host.endsWith(".sandbox.lever.co")) {
            return SANDBOX;
        }
        return US;
    }

    /** @return the page of a candidate in the Lever app */
    public String candidateLink(String opportunityId) {
        return appUrl + "/candidates/" + opportunityId;
    }
}

package io.stageboard.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A candidate source of the account, such as "LinkedIn" or "Referral".
 *
 * @param text the source
 * @param count number of candidates with it
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Source(String text, int count) {}

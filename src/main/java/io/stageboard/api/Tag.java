package io.stageboard.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A tag of the account; tags are case sensitive.
 *
 * @param text the tag
 * @param count number of candidates carrying it
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Tag(String text, int count) {}

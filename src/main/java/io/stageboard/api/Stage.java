package io.stageboard.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A pipeline stage. Only {@code lead-new}, {@code applicant-new} and {@code offer} have fixed ids; never hard-code
 * others.
 *
 * @param id stage id
 * @param text display name
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Stage(String id, String text) {}

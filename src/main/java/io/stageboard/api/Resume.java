package io.stageboard.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A résumé on an opportunity ({@code GET /opportunities/:id/resumes}). Lever's {@code parsedData} (positions,
 * schools) is not read: Stageboard shows the file.
 *
 * @param id        the résumé's id
 * @param createdAt ms since the epoch, or null
 * @param file      the uploaded file, or null when Lever sent none
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Resume(String id, Long createdAt, LeverFile file) {}

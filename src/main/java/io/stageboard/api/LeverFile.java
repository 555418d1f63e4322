package io.stageboard.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A file attached to an opportunity, as Lever lists it under {@code /files} (flat) or inside a résumé's {@code file}.
 *
 * @param id          the file's id (a résumé's file carries none: use the résumé's id), or null
 * @param name        the file name as uploaded
 * @param ext         the extension, e.g. {@code pdf}, or null
 * @param downloadUrl where Lever serves the bytes, or null
 * @param uploadedAt  ms since the epoch, or null
 * @param status      Lever's processing state ({@code processed}, …), or null
 * @param size        bytes, or null when Lever did not say
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LeverFile(
        String id, String name, String ext, String downloadUrl, Long uploadedAt, String status, Long size) {}

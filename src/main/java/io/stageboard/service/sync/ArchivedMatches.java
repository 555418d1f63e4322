package io.stageboard.service.sync;

import io.stageboard.api.Opportunity;
import java.util.List;

/**
 * Archived opportunities matching a board query, read from the cache.
 *
 * @param opportunities the newest matches, at most the limit asked for, newest first
 * @param total         how many archived opportunities match in all
 */
public record ArchivedMatches(List<Opportunity> opportunities, int total) {}

package io.stageboard.service.sync;

/**
 * How many archived opportunities the cache holds, and whether a first load has read them all.
 *
 * @param loaded   archived opportunities in the cache
 * @param complete true once every archived opportunity has been read from Lever
 */
public record ArchivedProgress(int loaded, boolean complete) {}

package io.stageboard.service.sync;

/**
 * What one sync did.
 *
 * @param fullPass true when every opportunity was read (a new cache), false for an incremental sync
 * @param changed  opportunities read and applied
 * @param removed  opportunities removed from the cache
 * @param syncedAt when the sync started, ms since the epoch: everything changed before it is in the cache
 */
public record SyncResult(boolean fullPass, int changed, int removed, long syncedAt) {}

/**
 * Bulk actions on many opportunities: the preview of what a job will touch, running it through the outbox,
 * resuming it after a restart, retrying its failed items and undoing its tag changes.
 */
package io.stageboard.service.bulk;

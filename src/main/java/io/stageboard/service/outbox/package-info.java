/**
 * The one path of every Lever write: a durable job of items in SQLite, one command class per kind of write,
 * sent by one worker at Lever's pace, retried when transient, and read back for reports, undo and the activity log.
 */
package io.stageboard.service.outbox;

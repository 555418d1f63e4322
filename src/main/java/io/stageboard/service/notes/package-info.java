/**
 * An opportunity's notes: read, add, delete, and edit as create-then-delete (Lever cannot update a note),
 * each write a job of the outbox.
 */
package io.stageboard.service.notes;

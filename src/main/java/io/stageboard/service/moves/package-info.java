/**
 * Stage moves of cards dragged on the board: one outbox job per drag, checked against a move made elsewhere
 * meanwhile, and undone the same way.
 */
package io.stageboard.service.moves;

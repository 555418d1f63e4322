/**
 * One candidate: validating and creating a new one, reading one opportunity for the details pane and
 * changing its archived state.
 */
package io.stageboard.service.candidates;

/**
 * The app's one error policy: any failure from Lever, the keychain, the database or the app itself becomes a
 * sentence saying what happened and the action the user can take, the same in every window and on the command line.
 */
package io.stageboard.service.failures;

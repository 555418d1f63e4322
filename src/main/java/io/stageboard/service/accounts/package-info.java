/**
 * Connected Lever accounts: checking a key endpoint by endpoint, saving it in the keychain and the account's
 * metadata in preferences, switching and signing out.
 */
package io.stageboard.service.accounts;

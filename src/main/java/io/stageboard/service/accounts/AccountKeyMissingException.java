package io.stageboard.service.accounts;

import io.stageboard.credentials.Account;

/** An account whose key is no longer in the keychain (deleted there by hand, or a keychain reset). */
public final class AccountKeyMissingException extends RuntimeException {

    private final transient Account account;

    public AccountKeyMissingException(Account account) {
        super("The key of \"" + account.name() + "\" is no longer in the system keychain. Connect the account again"
                + " with a key from Lever.");
        this.account = account;
    }

    /** @return the account that has no key */
    public Account account() {
        return account;
    }
}

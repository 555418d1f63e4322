package io.stageboard.credentials;

/**
 * A keychain failure, as a sentence the user can act on. Never carries the secret: messages name the account id
 * and the store only.
 */
public final class SecretStoreException extends RuntimeException {

    private final boolean unavailable;

    /**
     * @param message     a sentence saying what happened and what to do
     * @param unavailable true when there is no keychain at all on this computer (not just a failed call)
     * @param cause       the library's exception, or null
     */
    public SecretStoreException(String message, boolean unavailable, Throwable cause) {
        super(message, cause);
        this.unavailable = unavailable;
    }

    /** @return true when no keychain is reachable, so the key can only be kept for this run */
    public boolean isUnavailable() {
        return unavailable;
    }
}

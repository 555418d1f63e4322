package io.stageboard.store;

/** The local database could not be read or written; the message says what the user can do. */
public final class StoreException extends RuntimeException {

    /**
     * @param message a sentence for the user
     * @param cause   the JDBC failure
     */
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}

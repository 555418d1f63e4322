package io.stageboard.service.candidates;

/**
 * A file that cannot be attached (wrong type, too large, unreadable); the message is the sentence to show, with the
 * way out in it. An {@link IllegalStateException} so that the failure policy shows the message as it is.
 */
public final class FileRefusedException extends IllegalStateException {

    /** @param sentence what is wrong and what to do */
    public FileRefusedException(String sentence, Throwable cause) {
        super(sentence, cause);
    }
}

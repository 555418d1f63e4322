package io.stageboard.api;

/** The API key lacks a permission Lever requires for this request (HTTP 403). */
public final class LeverPermissionException extends LeverException {

    private final String permission;

    /** Creates the exception; see {@link LeverException} for the parameters. */
    public LeverPermissionException(int status, String code, String leverMessage, String userMessage, Throwable cause) {
        this(status, code, leverMessage, userMessage, cause, null);
    }

    /**
     * Creates the exception for a request whose permission is known.
     *
     * @param permission the endpoint permission the request needed, as Lever names its scopes without the
     *                   {@code :admin} suffix (e.g. {@code "postings:read"}), or null
     */
    public LeverPermissionException(
            int status, String code, String leverMessage, String userMessage, Throwable cause, String permission) {
        super(status, code, leverMessage, userMessage, false, cause);
        this.permission = permission;
    }

    /** @return the permission the refused request needed, e.g. {@code "opportunities:write"}; null when unknown */
    public String permission() {
        return permission;
    }
}

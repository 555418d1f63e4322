package io.stageboard.sandbox;

/** A Lever-style error answer: an HTTP status with a JSON body {@code {"code": ..., "message": ...}}. */
final class ApiError extends RuntimeException {

    private final int status;
    private final String code;

    ApiError(int status, String code, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }

    static ApiError badRequest(String message) {
        return new ApiError(400, "BadRequestError", message);
    }

    static ApiError unauthorized(String message) {
        return new ApiError(401, "UnauthorizedError", message);
    }

    static ApiError forbidden(String message) {
        return new ApiError(403, "ForbiddenError", message);
    }

    static ApiError notFound(String message) {
        return new ApiError(404, "ResourceNotFoundError", message);
    }

    static ApiError methodNotAllowed(String method, String path) {
        return new ApiError(405, "MethodNotAllowedError", "Method " + method + " is not allowed on " + path + ".");
    }

    /** 415: a body in a media type the endpoint does not take (the code string is invented, as the others are). */
    static ApiError unsupportedMediaType(String message) {
        return new ApiError(415, "UnsupportedMediaTypeError", message);
    }

    static ApiError tooManyRequests() {
        return new ApiError(429, "TooManyRequestsError", "Too many requests. Slow down and retry after a short pause.");
    }

    /** The error Lever-like servers send for a given 5xx (or other) status. */
    static ApiError forStatus(int status) {
        return switch (status) {
            case 400 -> badRequest("Bad request.");
            case 401 -> unauthorized("Invalid API key.");
            case 403 -> forbidden("Forbidden.");
            case 404 -> notFound("Not found.");
            case 429 -> tooManyRequests();
            case 502 -> new ApiError(502, "BadGatewayError", "Bad gateway. Please try again later.");
            case 503 ->
                new ApiError(
                        503,
                        "ServiceUnavailableError",
                        "The service is temporarily unavailable. Please try again later.");
            case 504 -> new ApiError(504, "GatewayTimeoutError", "Gateway timeout. Please try again later.");
            default ->
                new ApiError(
                        status,
                        status >= 500 ? "InternalServerError" : "RequestError",
                        status >= 500
                                ? "Something went wrong on our side. Please try again later."
                                : "The request failed with status " + status + ".");
        };
    }
}

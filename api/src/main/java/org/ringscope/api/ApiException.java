package org.ringscope.api;

import io.micronaut.http.HttpStatus;

/**
 * A request that cannot be answered as asked: the status, what went wrong, and what to do next. Mapped to JSON in
 * one place ({@link ErrorHandlers}).
 */
final class ApiException extends RuntimeException {
    private final HttpStatus status;
    private final String hint;

    private ApiException(HttpStatus status, String message, String hint) {
        super(message);
        this.status = status;
        this.hint = hint;
    }

    /** A requested account, ring or query does not exist (404). */
    static ApiException unknown(String message, String hint) {
        return new ApiException(HttpStatus.NOT_FOUND, message, hint);
    }

    /** A request value was refused (400), naming the field. */
    static ApiException invalid(String field, String reason) {
        return new ApiException(HttpStatus.BAD_REQUEST, field + ": " + reason,
                "fix " + field + " and send the request again; nothing was stored");
    }

    /** The store could not take the request now (503); the caller may retry. */
    static ApiException unavailable(String message, String hint) {
        return new ApiException(HttpStatus.SERVICE_UNAVAILABLE, message, hint);
    }

    HttpStatus status() {
        return status;
    }

    String hint() {
        return hint;
    }
}

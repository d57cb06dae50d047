package org.ringscope.api;

/** The store could not take the request now; answered with 503 and what to do. */
final class UnavailableException extends RuntimeException {
    private final String hint;

    UnavailableException(String message, String hint) {
        super(message);
        this.hint = hint;
    }

    String hint() {
        return hint;
    }
}

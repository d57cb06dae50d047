package org.ringscope.api;

/** A requested account or ring does not exist; answered with 404 and this message. */
final class UnknownException extends RuntimeException {
    private final String hint;

    UnknownException(String message, String hint) {
        super(message);
        this.hint = hint;
    }

    String hint() {
        return hint;
    }
}

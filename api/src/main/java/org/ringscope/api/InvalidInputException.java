package org.ringscope.api;

/** A request value was refused; answered with 400 naming the field. */
final class InvalidInputException extends RuntimeException {
    private final String field;

    InvalidInputException(String field, String reason) {
        super(field + ": " + reason);
        this.field = field;
    }

    String field() {
        return field;
    }
}

package org.ringscope.core;

/** A raw value that cannot be normalised; the message says what was wrong and what is expected instead. */
public final class InvalidValueException extends Exception {
    public InvalidValueException(String message) {
        super(message, null, false, false);
    }
}

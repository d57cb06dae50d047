package org.ringscope.core;

/** Brings a raw identifier value to the one canonical form that is hashed, so spelling variants meet. */
@FunctionalInterface
public interface Normaliser {
    /** The canonical form of {@code raw} (never blank), or an exception saying why there is none. */
    String normalise(String raw) throws InvalidValueException;
}

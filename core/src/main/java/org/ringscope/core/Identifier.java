package org.ringscope.core;

/** A pseudonymised identifier value: the kind and the keyed hash of its normalised value. */
public record Identifier(IdentifierKind kind, String key) {
}

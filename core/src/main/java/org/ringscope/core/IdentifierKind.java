package org.ringscope.core;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One kind of identifier an account can be linked to (device, e-mail, national id, ...).
 * Kinds are data, not code: adding one is a configuration change (see {@link IdentifierKinds}).
 *
 * @param name         short name used in configuration and output, e.g. {@code email}
 * @param label        Neo4j node label of the identifier, e.g. {@code Email}
 * @param relationship Neo4j relationship type from the account, e.g. {@code HAS_EMAIL}
 * @param column       input column the raw value is read from; several kinds may read one column
 * @param normaliser   name of the {@link Normalisers normaliser} applied before hashing
 * @param linkWeight   how much sharing one value of this kind says about two accounts (0 = never links)
 */
public record IdentifierKind(String name, String label, String relationship, String column,
                             String normaliser, double linkWeight) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,30}");
    private static final Pattern LABEL = Pattern.compile("[A-Z][A-Za-z0-9]{0,40}");
    private static final Pattern REL = Pattern.compile("[A-Z][A-Z0-9_]{0,40}");

    public IdentifierKind {
        Objects.requireNonNull(name, "name");
        // Labels and types are spliced into Cypher text, so they must be plain identifiers.
        require(NAME.matcher(name).matches(), name, "name", "lower-case letters, digits and _");
        require(label != null && LABEL.matcher(label).matches(), name, "label", "a CamelCase word such as NationalId");
        require(relationship != null && REL.matcher(relationship).matches(), name, "relationship",
                "UPPER_SNAKE_CASE such as HAS_NATIONAL_ID");
        require(column != null && NAME.matcher(column).matches(), name, "column", "lower-case letters, digits and _");
        require(normaliser != null && Normalisers.NAMES.contains(normaliser), name, "normaliser",
                "one of " + Normalisers.NAMES);
        require(linkWeight >= 0 && linkWeight <= 1, name, "link-weight", "a number from 0 to 1");
    }

    /** Whether sharing a value of this kind links two accounts into a ring candidate. */
    public boolean links() {
        return linkWeight > 0;
    }

    private static void require(boolean ok, String kind, String field, String expected) {
        if (!ok) {
            throw new IllegalArgumentException("identifier kind '" + kind + "': setting ringscope.kind." + kind + "."
                    + field + " must be " + expected);
        }
    }
}

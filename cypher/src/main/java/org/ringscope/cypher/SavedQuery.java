package org.ringscope.cypher;

import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One query of the analysts' library: its header, parsed, and the Cypher text that follows the header.
 *
 * @param name        unique kebab-case name, equal to the file name without {@code .cypher}
 * @param description one line saying what the query answers
 * @param params      the declared parameters, in header order
 * @param cypher      the statement to run, without the header and without a trailing semicolon
 */
public record SavedQuery(String name, String description, List<Param> params, String cypher) {

    /** The parameter types a header may declare. */
    public static final Set<String> TYPES = Set.of("string", "int", "float", "boolean", "datetime");

    public SavedQuery {
        params = List.copyOf(params);
    }

    public Optional<Param> param(String paramName) {
        return params.stream().filter(p -> p.name().equals(paramName)).findFirst();
    }

    /**
     * Driver-ready parameter values: each given raw value converted to its declared type, defaults filled in.
     *
     * @throws IllegalArgumentException for an undeclared name, a value of the wrong shape, or a missing required one
     */
    public Map<String, Object> bind(Map<String, String> raw) {
        for (String given : raw.keySet()) {
            if (param(given).isEmpty()) {
                throw new IllegalArgumentException(name + ": no parameter named " + given);
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (Param p : params) {
            String value = raw.containsKey(p.name()) ? raw.get(p.name()) : p.defaultValue();
            if (value == null) {
                throw new IllegalArgumentException(name + ": parameter " + p.name() + " is required");
            }
            out.put(p.name(), p.convert(value));
        }
        return out;
    }

    /**
     * A declared parameter.
     *
     * @param name         as used after {@code $} in the query
     * @param type         one of {@link #TYPES}
     * @param defaultValue the default as written in the header, or {@code null} when the parameter is required
     */
    public record Param(String name, String type, String defaultValue) {
        public Param {
            if (!TYPES.contains(type)) {
                throw new IllegalArgumentException("parameter " + name + ": unknown type " + type + ", expected one of "
                        + TYPES.stream().sorted().toList());
            }
            if (defaultValue != null) {
                convert(type, name, defaultValue);
            }
        }

        public boolean required() {
            return defaultValue == null;
        }

        /**
         * A raw text value as the Java object the Neo4j driver maps to the declared type: {@code String},
         * {@code Long}, {@code Double}, {@code Boolean}, or {@code ZonedDateTime} (ISO-8601 with an offset).
         */
        public Object convert(String raw) {
            return convert(type, name, raw);
        }

        private static Object convert(String type, String name, String raw) {
            String v = raw.strip();
            try {
                return switch (type) {
                    case "string" -> raw;
                    case "int" -> Long.parseLong(v);
                    case "float" -> Double.parseDouble(v);
                    case "boolean" -> {
                        if (!v.equals("true") && !v.equals("false")) {
                            throw new IllegalArgumentException("not a boolean");
                        }
                        yield Boolean.parseBoolean(v);
                    }
                    case "datetime" -> ZonedDateTime.parse(v);
                    default -> throw new IllegalStateException(type);
                };
            } catch (IllegalArgumentException | DateTimeParseException e) {
                throw new IllegalArgumentException("parameter " + name + ": '" + raw + "' is not a valid " + type, e);
            }
        }
    }
}

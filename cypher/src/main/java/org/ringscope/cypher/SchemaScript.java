package org.ringscope.cypher;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The statements of {@code schema.cypher}: the fixed ones, then the {@code @per-kind} template expanded once for
 * every identifier kind. Knows nothing of how they are run.
 */
public final class SchemaScript {
    private static final String PER_KIND = "// @per-kind";

    private SchemaScript() {
    }

    /** The schema file as written. */
    public static String text() {
        return CypherResources.read("schema.cypher");
    }

    /** @param kindLabels identifier kind name to node label, e.g. {@code email -> Email} */
    public static List<String> statements(Map<String, String> kindLabels) {
        String text = text();
        int split = text.indexOf(PER_KIND);
        List<String> out = new ArrayList<>(split(text.substring(0, split)));
        List<String> template = split(text.substring(split));
        kindLabels.forEach((name, label) -> {
            for (String statement : template) {
                out.add(statement.replace("{name}", name).replace("{Label}", label));
            }
        });
        return out;
    }

    /** Splits a script on semicolons at line ends and drops {@code //} comment lines. */
    static List<String> split(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("//") || trimmed.isEmpty()) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                String s = current.toString().strip();
                statements.add(s.substring(0, s.length() - 1).strip());
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            statements.add(current.toString().strip());
        }
        return statements;
    }
}

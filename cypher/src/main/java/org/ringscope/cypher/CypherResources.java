package org.ringscope.cypher;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads the .cypher files packaged with this module. */
final class CypherResources {
    private CypherResources() {
    }

    static String read(String name) {
        try (InputStream in = CypherResources.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no cypher resource named " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

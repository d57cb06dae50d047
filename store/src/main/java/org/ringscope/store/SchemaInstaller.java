package org.ringscope.store;

import org.neo4j.driver.Session;
import org.ringscope.core.IdentifierKind;
import org.ringscope.core.IdentifierKinds;
import org.ringscope.cypher.SchemaScript;

import java.util.LinkedHashMap;
import java.util.Map;

/** Applies cypher/schema.cypher for the configured kinds, then waits for the indexes to come online. */
final class SchemaInstaller {
    private SchemaInstaller() {
    }

    static void install(Neo4jStore store, IdentifierKinds kinds) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (IdentifierKind kind : kinds.all()) {
            labels.put(kind.name(), kind.label());
        }
        try (Session session = store.session()) {
            for (String statement : SchemaScript.statements(labels)) {
                session.run(statement).consume();
            }
            session.run("CALL db.awaitIndexes(300)").consume();
        }
    }
}

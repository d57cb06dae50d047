package org.ringscope.bench;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.kernel.api.procedure.GlobalProcedures;
import org.ringscope.core.IdentifierKind;
import org.ringscope.core.Settings;
import org.ringscope.datasets.DemoConfig;
import org.ringscope.datasets.DemoGenerator;
import org.ringscope.features.accounts.AccountFeatures;
import org.ringscope.features.graph.AccountFacts;
import org.ringscope.features.graph.IdentityGraph;
import org.ringscope.features.rings.RingSettings;
import org.ringscope.features.store.SnapshotReader;
import org.ringscope.ingest.Ingest;
import org.ringscope.ingest.ProgressFactory;
import org.ringscope.store.EmbeddedNeo4j;
import org.ringscope.store.Neo4jStore;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * ringscope's full recompute (graph read out through the driver, rings, Leiden communities, personalised PageRank
 * and every account feature) against Neo4j Graph Data Science doing WCC, Leiden and personalised PageRank inside
 * the same embedded Neo4j, on the same store. Both run single-threaded. Usage: GdsComparison accounts work-dir
 */
public final class GdsComparison {
    private static final String GRAPH = "ringscope-identity";

    private GdsComparison() {
    }

    public static void main(String[] args) throws Exception {
        int accounts = Integer.parseInt(args[0]);
        Path work = Path.of(args[1]);
        Path input = work.resolve("input");
        DemoGenerator.generate(DemoConfig.defaults(42, accounts), input);
        Settings settings = Settings.of(Map.of("ringscope.data-dir", work.toString(), "ringscope.neo4j.page-cache", "2g"));
        try (Neo4jStore store = Neo4jStore.open(settings)) {
            Ingest ingest = new Ingest(store, settings);
            System.out.println(ingest.events(input.resolve("events.csv"), ProgressFactory.SILENT).summary());
            System.out.println(ingest.labels(input.resolve("labels.csv"), ProgressFactory.SILENT).summary());
        }

        EmbeddedNeo4j dbms = startWithGds(work.resolve("neo4j"));
        try {
            Settings viaBolt = settings.with(Map.of("ringscope.neo4j.uri", dbms.boltUri(),
                    "ringscope.neo4j.password", "auth-is-off"));
            try (Neo4jStore store = Neo4jStore.open(viaBolt)) {
                for (int round = 1; round <= 2; round++) {
                    System.out.printf(Locale.ROOT, "round %d (the first includes JIT warm-up on both sides)%n", round);
                    double ours = ringscope(store, viaBolt);
                    double gds = gds(store, viaBolt);
                    System.out.printf(Locale.ROOT, "  ratio GDS / ringscope: %.2f (above 1: ringscope is faster)%n", gds / ours);
                }
            }
        } finally {
            dbms.close();
        }
    }

    private static double ringscope(Neo4jStore store, Settings settings) {
        long t0 = System.nanoTime();
        IdentityGraph graph = SnapshotReader.read(store, settings.kinds());
        AccountFacts facts = SnapshotReader.readFacts(store, graph);
        long t1 = System.nanoTime();
        long asOf = graph.lastLinkMillis();
        AccountFeatures.Result result = new AccountFeatures(RingSettings.from(settings)).compute(graph, facts, asOf);
        long t2 = System.nanoTime();
        System.out.printf(Locale.ROOT, "  ringscope: read %,d accounts / %,d links in %.1f s; rings + Leiden + PageRank + %d"
                        + " features in %.1f s; total %.1f s (%,d rings)%n", graph.accountCount(), graph.linkCount(),
                (t1 - t0) / 1e9, result.features().names().size(), (t2 - t1) / 1e9, (t2 - t0) / 1e9,
                result.rings().rings().size());
        return (t2 - t0) / 1e9;
    }

    private static double gds(Neo4jStore store, Settings settings) {
        List<IdentifierKind> linking = settings.kinds().all().stream().filter(IdentifierKind::links).toList();
        String labels = linking.stream().map(k -> "'" + k.label() + "'").collect(Collectors.joining(", ", "['Account', ", "]"));
        String rels = linking.stream().map(k -> k.relationship() + ": {orientation: 'UNDIRECTED'}")
                .collect(Collectors.joining(", ", "{", "}"));
        try (Session session = store.session()) {
            long t0 = System.nanoTime();
            Record p = session.run("CALL gds.graph.project($name, " + labels + ", " + rels + ")"
                    + " YIELD nodeCount, relationshipCount", Map.of("name", GRAPH)).single();
            long t1 = System.nanoTime();
            Record wcc = session.run("CALL gds.wcc.stats($name, {concurrency: 1}) YIELD componentCount",
                    Map.of("name", GRAPH)).single();
            long t2 = System.nanoTime();
            Record leiden = session.run("CALL gds.leiden.stats($name, {concurrency: 1}) YIELD communityCount, modularity",
                    Map.of("name", GRAPH)).single();
            long t3 = System.nanoTime();
            Record ppr = session.run("""
                    MATCH (a:Account {label: 'fraud'}) WITH collect(a) AS seeds
                    CALL gds.pageRank.stats($name, {sourceNodes: seeds, dampingFactor: 0.85, maxIterations: 20,
                                                   concurrency: 1})
                    YIELD ranIterations RETURN ranIterations""", Map.of("name", GRAPH)).single();
            long t4 = System.nanoTime();
            session.run("CALL gds.graph.drop($name) YIELD graphName", Map.of("name", GRAPH)).consume();
            System.out.printf(Locale.ROOT, "  GDS: projection of %,d nodes / %,d relationships %.1f s, WCC %.1f s (%,d"
                            + " components), Leiden %.1f s (%,d communities, modularity %.3f), personalised PageRank %.1f s"
                            + " (%d iterations); total %.1f s%n", p.get("nodeCount").asLong(),
                    p.get("relationshipCount").asLong(), (t1 - t0) / 1e9, (t2 - t1) / 1e9,
                    wcc.get("componentCount").asLong(), (t3 - t2) / 1e9, leiden.get("communityCount").asLong(),
                    leiden.get("modularity").asDouble(), (t4 - t3) / 1e9, ppr.get("ranIterations").asInt(),
                    (t4 - t0) / 1e9);
            return (t4 - t0) / 1e9;
        }
    }

    /** ringscope's embedded set-up plus GDS, whose procedures embedded Neo4j does not discover by itself. */
    private static EmbeddedNeo4j startWithGds(Path home) throws Exception {
        EmbeddedNeo4j dbms = EmbeddedNeo4j.start(home, "2g", 0, false,
                Map.of(GraphDatabaseSettings.procedure_unrestricted, List.of("gds.*")));
        GlobalProcedures procedures = dbms.resolve(GlobalProcedures.class);
        int registered = 0;
        for (String kind : List.of("org.neo4j.procedure.Procedure", "org.neo4j.procedure.UserFunction")) {
            for (String className : serviceClasses("META-INF/services/" + kind)) {
                Class<?> type = Class.forName(className);
                try {
                    if (kind.endsWith("Procedure")) {
                        procedures.registerProcedure(type);
                    } else {
                        procedures.registerFunction(type);
                    }
                    registered++;
                } catch (Exception alreadyThere) {
                    // Neo4j's own built-ins are listed too and are registered already
                }
            }
        }
        System.out.println("GDS: " + registered + " procedure and function classes registered");
        return dbms;
    }

    private static List<String> serviceClasses(String resource) throws Exception {
        List<String> names = new java.util.ArrayList<>();
        for (URL url : Collections.list(GdsComparison.class.getClassLoader().getResources(resource))) {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(url.openStream(), StandardCharsets.UTF_8))) {
                r.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(names::add);
            }
        }
        return names;
    }
}

package org.ringscope.cli;

import org.ringscope.core.Setting;
import org.ringscope.core.Settings;
import org.ringscope.datasets.DemoSummary;
import org.ringscope.features.rings.RingEvaluation;
import org.ringscope.features.rings.RingProfileEvaluation;
import org.ringscope.ingest.Ingest;
import org.ringscope.store.Neo4jStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;

@Command(name = "demo", description = {
        "Generate demo data with planted rings, load it into a fresh embedded Neo4j, find rings and score them",
        "against the planted ground truth. Everything goes under <data-dir> (default data/demo)."})
final class DemoCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Mixin
    PopulationOptions population;

    @picocli.CommandLine.Option(names = "--no-serve", description = "stop after the evaluation instead of serving the API")
    boolean noServe;

    @picocli.CommandLine.Option(names = "--port", defaultValue = "8080", description = "HTTP port of the API (default ${DEFAULT-VALUE})")
    int port;

    @Override
    public Integer call() throws Exception {
        long started = System.nanoTime();
        Settings settings = common.settings(common.overrides.containsKey(Setting.DATA_DIR.key())
                ? Map.of() : Map.of(Setting.DATA_DIR.key(), "data/demo"));
        if (!settings.embedded() || settings.mode() != Settings.Mode.DEMO) {
            System.err.println("demo wipes and reloads its store, so it runs only on the embedded store in demo mode;"
                    + " unset ringscope.neo4j.uri and ringscope.mode, or use generate + ingest + rings instead");
            return 2;
        }
        Path dataDir = settings.dataDir();
        deleteTree(dataDir.resolve("neo4j"));
        deleteTree(settings.gnnRegistry());
        Path input = dataDir.resolve("input");
        // The store starts (seconds of class loading and recovery checks) while the data is generated.
        CompletableFuture<Neo4jStore> opening = CompletableFuture.supplyAsync(() -> Neo4jStore.open(settings));
        System.out.printf(Locale.ROOT, "generating %,d accounts (seed %d) into %s%n", population.accounts, population.seed, input);
        DemoSummary summary;
        try {
            summary = GenerateCommand.generate(population.config(), input, common);
        } catch (Exception e) {
            try {
                opened(opening).close();   // shut down cleanly before the command fails
            } catch (RuntimeException cannotOpen) {
                e.addSuppressed(cannotOpen);
            }
            throw e;
        }
        System.out.println(summary);
        try (Neo4jStore store = opened(opening)) {
            System.out.println("store: embedded Neo4j at " + store.uri() + " (data in " + dataDir.resolve("neo4j") + ")");
            IngestCommand.ingest(new Ingest(store, settings), List.of(input.resolve("events.csv")),
                    List.of(input.resolve("labels.csv")), common);
            RingsJob.Outcome rings = RingsJob.run(store, settings, System.out);
            System.out.printf(Locale.ROOT, "cold start to rings written: %.1f s%n", (System.nanoTime() - started) / 1e9);
            Map<String, String> truth = GroundTruth.read(input.resolve("truth.csv"));
            RingsJob.printEvaluation(RingEvaluation.of(rings.result().rings(), truth), System.out);
            RingsJob.printProfileEvaluation(RingProfileEvaluation.of(rings.result().rings(), rings.profiles(), truth),
                    System.out);
            try {
                TrainCommand.train(store, settings, 0.2, population.seed, Map.of(), null,
                        common.quiet ? null : System.err, System.out);
            } catch (IllegalArgumentException e) {
                System.out.println("GNN not trained: " + e.getMessage());   // e.g. too few labels in a tiny demo
            }
        }
        if (!noServe) {
            ServeCommand.serve(settings, port);
        }
        return 0;
    }

    private static Neo4jStore opened(CompletableFuture<Neo4jStore> opening) {
        try {
            return opening.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;   // e.g. StoreUnavailableException, as is
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}

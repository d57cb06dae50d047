package org.ringscope.cli;

import org.ringscope.core.Settings;
import org.ringscope.features.rings.RingEvaluation;
import org.ringscope.features.rings.RingProfileEvaluation;
import org.ringscope.store.Neo4jStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "rings", description = {
        "Detect rings: groups of accounts linked by shared identifiers, hubs left out; written back as (:Ring).",
        "Tune with -Dringscope.rings.hub-degree=N and -Dringscope.rings.min-size=N."})
final class RingsCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Option(names = "--truth", paramLabel = "FILE", description = "ground truth (account_id,ring_id,typology) to score the rings against")
    Path truth;

    @Override
    public Integer call() throws Exception {
        Settings settings = common.settings(Map.of());
        try (Neo4jStore store = Neo4jStore.open(settings)) {
            RingsJob.Outcome outcome = RingsJob.run(store, settings, System.out);
            if (truth != null) {
                Map<String, String> planted = GroundTruth.read(truth);
                RingsJob.printEvaluation(RingEvaluation.of(outcome.result().rings(), planted), System.out);
                RingsJob.printProfileEvaluation(RingProfileEvaluation.of(outcome.result().rings(), outcome.profiles(),
                        planted), System.out);
            }
        }
        return 0;
    }
}

package org.ringscope.gnn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ringscope.gnn.eval.Metrics;
import org.ringscope.gnn.graph.GraphData;
import org.ringscope.gnn.graph.InputHash;
import org.ringscope.gnn.model.SageConfig;
import org.ringscope.gnn.registry.ModelCard;
import org.ringscope.gnn.registry.ModelRegistry;
import org.ringscope.gnn.score.Explanation;
import org.ringscope.gnn.score.SageScorer;
import org.ringscope.gnn.train.SageTrainer;
import org.ringscope.gnn.train.TrainingResult;

/** Trains once on the planted ring graph; the tests check what the trained model, scorer and registry promise. */
class SageModelTest {

    private static final SageConfig CONFIG = SageConfig.defaults()
            .withHiddenSize(16).withFanOuts(10, 5).withBatchSize(128).withLearningRate(0.01).withEpochs(40, 10);

    private static PlantedRingGraph planted;
    private static TrainingResult trained;
    private static SageScorer scorer;
    private static int[] allNodes;

    @BeforeAll
    static void train() {
        planted = PlantedRingGraph.generate(11);
        trained = new SageTrainer(CONFIG, null).train(planted.graph(), planted.labels(), planted.train(), planted.val());
        scorer = new SageScorer(trained.model());
        allNodes = IntStream.range(0, planted.graph().nodeCount()).toArray();
    }

    @AfterAll
    static void close() {
        scorer.close();
    }

    @Test
    void separatesThePlantedRingOnHeldOutNodes() {
        float[] scores = scorer.score(planted.graph(), allNodes);

        Metrics test = Metrics.of(scores, planted.labels(), planted.test(), 10);

        assertThat(test.positives()).isGreaterThan(3);
        assertThat(test.rocAuc()).isGreaterThan(0.9);
        assertThat(trained.bestEpoch()).isBetween(1, trained.epochsRun());
        assertThat(trained.history()).hasSize(trained.epochsRun());
    }

    @Test
    void scoringANodeAloneEqualsScoringItInABatch() {
        float[] batch = scorer.score(planted.graph(), allNodes);

        for (int node : new int[] {0, planted.ringMembers()[0], planted.backgroundMembers()[5], 599}) {
            assertThat(scorer.score(planted.graph(), new int[] {node})[0]).isCloseTo(batch[node], within(1e-6f));
        }
        assertThat(scorer.score(planted.graph(), allNodes)).containsExactly(batch);
    }

    @Test
    void savedAndLoadedModelGivesIdenticalScoresAndACompleteCard(@TempDir Path root) throws Exception {
        ModelRegistry registry = new ModelRegistry(root);
        String hash = InputHash.of(planted.graph(), planted.labels(), planted.train(), planted.val());

        ModelCard saved = registry.save(trained.model(), Map.of("valPrAuc", trained.bestValPrAuc()), hash,
                1_700_000_000_000L);
        ModelCard named = registry.save("sage-candidate", trained.model(), Map.of(), hash, null);

        assertThat(saved.version()).matches("sage-\\d{8}-\\d{6}");
        assertThat(registry.versions()).containsExactly(saved.version(), named.version());
        assertThat(registry.latest()).contains("sage-candidate");
        ModelCard read = registry.card(saved.version());
        assertThat(read.inputSha256()).isEqualTo(hash).hasSize(64);
        assertThat(read.trainingDataCutoffMillis()).isEqualTo(1_700_000_000_000L);
        assertThat(read.relationNames()).containsExactly("shared_phone", "transfer");
        assertThat(read.featureNames()).hasSize(5);
        assertThat(read.hyperParameters()).isEqualTo(CONFIG);
        assertThat(read.standardisation().inputNames()).hasSize(7);
        assertThat(read.seed()).isEqualTo(CONFIG.seed());
        assertThat(read.metrics()).containsEntry("valPrAuc", trained.bestValPrAuc());
        assertThat(registry.card("sage-candidate").trainingDataCutoffMillis()).isNull();
        assertThat(registry.model(saved.version()).parameters()).isEqualTo(trained.model().parameters());
        try (SageScorer loaded = registry.load(saved.version())) {
            assertThat(loaded.score(planted.graph(), allNodes)).containsExactly(scorer.score(planted.graph(), allNodes));
        }
    }

    @Test
    void trainingIsReproducibleFromTheSeed() {
        TrainingResult again = new SageTrainer(CONFIG, null)
                .train(planted.graph(), planted.labels(), planted.train(), planted.val());

        assertThat(again.model().parameters()).isEqualTo(trained.model().parameters());
        assertThat(again.bestEpoch()).isEqualTo(trained.bestEpoch());
    }

    @Test
    void registryRefusesParametersThatNoLongerMatchTheirCard(@TempDir Path root) throws Exception {
        ModelRegistry registry = new ModelRegistry(root);
        registry.save("tampered", trained.model(), Map.of(), "hash", null);
        Path parameters = root.resolve("tampered").resolve(ModelRegistry.PARAMETERS_FILE);
        byte[] bytes = java.nio.file.Files.readAllBytes(parameters);
        bytes[bytes.length - 1] ^= 1;
        java.nio.file.Files.write(parameters, bytes);

        assertThatThrownBy(() -> registry.load("tampered")).isInstanceOf(java.io.IOException.class)
                .hasMessageContaining("SHA-256");
        assertThatThrownBy(() -> registry.save("tampered", trained.model(), Map.of(), "hash", null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aNewNodeAttachedToRingMembersScoresHigherThanOneAttachedToBackground() {
        GraphData g = planted.graph();
        float[] row = new float[g.featureCount()];
        Arrays.fill(row, 0f);
        row[4] = 20f;
        int[] ring = Arrays.copyOf(planted.ringMembers(), 8);
        int[] background = Arrays.copyOf(planted.backgroundMembers(), 8);
        int[] someTransfer = {planted.backgroundMembers()[100]};

        GraphData withRingNode = g.withExtraNode(row, List.of(ring, someTransfer));
        GraphData withBackgroundNode = g.withExtraNode(row, List.of(background, someTransfer));
        float ringScore = scorer.score(withRingNode, new int[] {g.nodeCount()})[0];
        float backgroundScore = scorer.score(withBackgroundNode, new int[] {g.nodeCount()})[0];

        assertThat(ringScore).isGreaterThan(backgroundScore);
        // existing nodes are unchanged by the view
        assertThat(scorer.score(withRingNode, new int[] {ring[0]}))
                .containsExactly(scorer.score(g, new int[] {ring[0]}));
    }

    @Test
    void layerByLayerScoringEqualsOneSampledTreePerNodeAlsoForANewNode() {
        GraphData g = planted.graph();
        SageScorer.LayerOne layerOne = scorer.layerOne(g);
        float[] perTree = scorer.score(g, allNodes);
        float[] layered = scorer.score(g, layerOne, allNodes);
        for (int v = 0; v < allNodes.length; v++) {
            assertThat(layered[v]).as("node " + v).isCloseTo(perTree[v], within(1e-5f));
        }
        int[] ring = planted.ringMembers();
        List<int[]> neighbours = new java.util.ArrayList<>();
        for (int r = 0; r < g.relations().size(); r++) {
            neighbours.add(java.util.Arrays.copyOf(ring, 5));
        }
        GraphData withNew = g.withExtraNode(new float[g.featureCount()], neighbours);
        int added = g.nodeCount();
        assertThat(scorer.score(withNew, layerOne, new int[]{added})[0])
                .isCloseTo(scorer.score(withNew, new int[]{added})[0], within(1e-5f));
    }

    @Test
    void explanationAttributesARingMembersScoreToItsSharedPhones() {
        int member = planted.ringMembers()[3];

        Explanation explanation = scorer.explain(planted.graph(), member, 5);

        assertThat(explanation.score()).isEqualTo(scorer.score(planted.graph(), new int[] {member})[0]);
        assertThat(explanation.relations()).extracting(Explanation.RelationContribution::relation)
                .containsExactly("shared_phone", "transfer");
        Explanation.RelationContribution phones = explanation.relations().get(0);
        assertThat(phones.sampledNeighbours()).isEqualTo(CONFIG.fanOut1());
        assertThat(phones.contribution()).isGreaterThan(0f);
        assertThat(explanation.neighbours()).hasSizeLessThanOrEqualTo(5).isNotEmpty();
        List<Float> magnitudes = explanation.neighbours().stream().map(c -> Math.abs(c.contribution())).toList();
        assertThat(magnitudes).isSortedAccordingTo((a, b) -> Float.compare(b, a));
    }
}

package org.ringscope.api;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ringscope.core.IdentifierKinds;
import org.ringscope.features.graph.IdentityGraph;
import org.ringscope.features.graph.LabelHistory;
import org.ringscope.features.rings.RingSettings;
import org.ringscope.gnn.accounts.AccountGraphInput;
import org.ringscope.gnn.accounts.LabelledAccounts;
import org.ringscope.gnn.registry.ModelRegistry;
import org.ringscope.gnn.train.SageTrainer;
import org.ringscope.gnn.train.TrainingResult;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ringscope.api.TestApi.INVESTIGATOR;
import static org.ringscope.api.TestApi.SCORER;

/** The API with a trained GNN in its registry: gnn_score in features and score-context, and its explanation. */
class GnnApiTest {
    private static final long DAY = 86_400_000L;
    @TempDir
    static Path dir;
    static TestApi api;
    static TrainingResult trained;

    @BeforeAll
    static void trainThenStart() throws Exception {
        // A small labelled world with the API's identifier kinds and features: rings on shared phones (fraud),
        // households on shared addresses (legit).
        IdentityGraph.Builder graph = IdentityGraph.builder(IdentifierKinds.defaults());
        LabelHistory labels = new LabelHistory();
        for (int g = 0; g < 12; g++) {
            boolean ring = g % 2 == 0;
            for (int m = 0; m < 5; m++) {
                String account = "g" + g + "-" + m;
                graph.link(account, ring ? "phone" : "address", "shared-" + g, (g + m) * DAY);
                graph.link(account, "device", "own-" + account, (g + m) * DAY);
                labels.add(account, (30 + g) * DAY + m, ring ? "fraud" : "legit");
            }
        }
        IdentityGraph full = graph.build();
        LabelledAccounts.Split split = new LabelledAccounts(RingSettings.defaults(), 2, 1)
                .split(full, labels, 60 * DAY, 0.7, 0.3);
        trained = new SageTrainer(AccountGraphInput.modelDefaults().withEpochs(3, 3), null)
                .train(split.training(), split.labels(), split.train(), split.val());
        new ModelRegistry(dir.resolve("models")).save("sage-test", trained.model(), Map.of(), "test", 60 * DAY);
        api = new TestApi(dir);
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void featuresCarryTheGnnScoreAndTheModelVersion() throws Exception {
        String body = api.call("GET", "/v1/accounts/ring-acct-2/features", SCORER, null).body();
        assertThat(body).contains("\"gnnModel\":\"sage-test").containsPattern("\"gnn_score\":0\\.[0-9]");
    }

    @Test
    void aNewlyTrainedModelIsServedFromTheNextRecompute() throws Exception {
        Thread.sleep(5);   // a later creation time than the first model's
        new ModelRegistry(dir.resolve("models")).save("sage-test-newer", trained.model(), Map.of(), "test", 60 * DAY);
        api.bean(FeatureService.class).refresh();
        assertThat(api.call("GET", "/v1/accounts/ring-acct-2/features", SCORER, null).body())
                .contains("\"gnnModel\":\"sage-test-newer\"");
        assertThat(api.call("POST", "/v1/score-context", SCORER, "{\"event\": {\"account_id\": \"x\", \"phone\": \"" + TestApi.RING_PHONE + "\"}}").body())
                .contains("\"gnnModel\":\"sage-test-newer\"");
    }

    @Test
    void scoreContextScoresTheIncomingEventInductively() throws Exception {
        HttpResponse<String> r = api.call("POST", "/v1/score-context", SCORER,
                "{\"event\": {\"account_id\": \"newcomer\", \"phone\": \"" + TestApi.RING_PHONE + "\"}}");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).containsPattern("\"gnnScore\":0\\.[0-9]").contains("\"gnnModel\":\"sage-test");
    }

    @Test
    void anInvestigatorSeesWhyAnAccountScoredWhatItDid() throws Exception {
        HttpResponse<String> r = api.call("GET", "/v1/accounts/ring-acct-2/gnn?neighbours=3", INVESTIGATOR, null);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("\"explanation\":\"GNN score 0.").contains("\"relation\":\"phone\"")
                .contains("\"byNeighbour\"");
        assertThat(api.call("GET", "/v1/accounts/ghost/gnn", INVESTIGATOR, null).statusCode()).isEqualTo(404);
    }
}

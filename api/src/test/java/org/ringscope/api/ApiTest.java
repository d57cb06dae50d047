package org.ringscope.api;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ringscope.core.Settings;
import org.ringscope.ingest.Ingest;
import org.ringscope.ingest.ProgressFactory;
import org.ringscope.store.Neo4jStore;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The API over a real HTTP server and a real embedded Neo4j holding one ring of six accounts on a phone. */
class ApiTest {
    private static final String SCORER = "scorer-key-for-tests";
    private static final String INVESTIGATOR = "investigator-key-for-tests";
    @TempDir
    static Path dir;
    private static EmbeddedServer server;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        server = ApplicationContext.run(EmbeddedServer.class, Map.of(
                "micronaut.server.port", -1,
                "ringscope.data-dir", dir.toString(),
                "ringscope.neo4j.page-cache", "64m",
                "ringscope.api.keys.scoring-service.role", "scorer",
                "ringscope.api.keys.scoring-service.sha256", ApiKeys.sha256(SCORER),
                "ringscope.api.keys.alice.role", "investigator",
                "ringscope.api.keys.alice.sha256", ApiKeys.sha256(INVESTIGATOR)));
        ApplicationContext context = server.getApplicationContext();
        StringBuilder csv = new StringBuilder("event_id,ts,account_id,type,device_id,phone,ip\n");
        for (int i = 0; i < 6; i++) {
            csv.append("r").append(i).append(",2026-02-01T10:0").append(i).append(":00Z,ring-acct-").append(i)
                    .append(",signup,dev-r").append(i).append(",+1 415 555 0199,10.1.1.").append(i).append('\n');
        }
        csv.append("s0,2026-02-02T10:00:00Z,solo,signup,dev-s,+1 415 555 0123,10.9.9.9\n");
        Path events = Files.writeString(dir.resolve("events.csv"), csv);
        Path labels = Files.writeString(dir.resolve("labels.csv"),
                "account_id,label,ts,source\nring-acct-0,fraud,2026-02-03T00:00:00Z,chargeback\n");
        Ingest ingest = new Ingest(context.getBean(Neo4jStore.class), context.getBean(Settings.class));
        ingest.events(events, ProgressFactory.SILENT);
        ingest.labels(labels, ProgressFactory.SILENT);
        context.getBean(FeatureService.class).refresh();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<String> call(String method, String path, String key, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.getURL() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (key != null) {
            request.header("X-Api-Key", key);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void healthIsOpenAndSaysTheStoreAndFeaturesAreReady() throws Exception {
        HttpResponse<String> r = call("GET", "/health", null, null);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("\"status\":\"UP\"").contains("\"featuresReady\":true");
    }

    @Test
    void aScorerGetsAnAccountsFeaturesAndA404WithABodyForAnUnknownOne() throws Exception {
        HttpResponse<String> r = call("GET", "/v1/accounts/ring-acct-3/features", SCORER, null);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("\"accountId\":\"ring-acct-3\"").contains("\"ring_size\":6.0")
                .contains("\"fraud_hops\":1.0").contains("\"featureVersion\":\"graph-features-1\"")
                .contains("\"asOf\":\"2026-02-02T10:00:00Z\"");

        HttpResponse<String> unknown = call("GET", "/v1/accounts/nobody/features", SCORER, null);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("no account 'nobody'").contains("hint").doesNotContain("Exception");
    }

    @Test
    void batchAnswersKnownAccountsListsUnknownOnesAndRefusesOversizedRequests() throws Exception {
        HttpResponse<String> r = call("POST", "/v1/features:batch", SCORER, "{\"accountIds\":[\"solo\",\"ring-acct-1\",\"ghost\"]}");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("\"accountId\":\"solo\"").contains("\"accountId\":\"ring-acct-1\"")
                .contains("\"unknown\":[\"ghost\"]");

        String tooMany = "{\"accountIds\":[" + "\"a\",".repeat(1000) + "\"a\"]}";
        HttpResponse<String> refused = call("POST", "/v1/features:batch", SCORER, tooMany);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("accountIds");
        assertThat(call("POST", "/v1/features:batch", SCORER, "{\"accountIds\":[]}").statusCode()).isEqualTo(400);
    }

    @Test
    void keysAndRolesGuardEveryPath() throws Exception {
        assertThat(call("GET", "/v1/accounts/solo/features", null, null).statusCode()).isEqualTo(401);
        HttpResponse<String> wrong = call("GET", "/v1/accounts/solo/features", "guess", null);
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.body()).contains("unknown API key").doesNotContain("guess");
        HttpResponse<String> scorerOnRings = call("GET", "/v1/rings", SCORER, null);
        assertThat(scorerOnRings.statusCode()).isEqualTo(403);
        assertThat(scorerOnRings.body()).contains("role scorer");
        assertThat(call("GET", "/v1/rings", ApiKeys.DEMO_KEY, null).statusCode())
                .as("the demo key only works when no keys are configured").isEqualTo(401);
    }

    @Test
    void anInvestigatorListsRingsAndOpensOneWithItsMembersBindingsAndExplanation() throws Exception {
        HttpResponse<String> list = call("GET", "/v1/rings?minSize=5&limit=10", INVESTIGATOR, null);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("\"total\":1").contains("\"size\":6").contains("\"typology\":\"synthetic_identity\"");
        String id = list.body().replaceAll(".*\"id\":\"(ring-[0-9a-f]+)\".*", "$1");

        HttpResponse<String> ring = call("GET", "/v1/rings/" + id, INVESTIGATOR, null);
        assertThat(ring.statusCode()).isEqualTo(200);
        assertThat(ring.body()).contains("ring-acct-0", "ring-acct-5").contains("\"kind\":\"phone\"")
                .contains("6 accounts share phone #").contains("1 confirmed fraud");
        assertThat(call("GET", "/v1/rings/ring-000000000000", INVESTIGATOR, null).statusCode()).isEqualTo(404);
        HttpResponse<String> badLimit = call("GET", "/v1/rings?limit=5000", INVESTIGATOR, null);
        assertThat(badLimit.statusCode()).isEqualTo(400);
        assertThat(badLimit.body()).contains("limit");
    }
}

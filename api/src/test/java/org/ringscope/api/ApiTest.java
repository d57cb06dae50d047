package org.ringscope.api;

import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ringscope.api.TestApi.INVESTIGATOR;
import static org.ringscope.api.TestApi.SCORER;

/** The API over a real HTTP server and a real embedded Neo4j holding one ring of six accounts on a phone. */
class ApiTest extends SharedApiTest {
    private static HttpResponse<String> call(String method, String path, String key, String body) throws Exception {
        return api.call(method, path, key, body);
    }

    @Test
    void healthIsOpenAndSaysTheStoreAndFeaturesAreReady() throws Exception {
        HttpResponse<String> r = call("GET", "/health", null, null);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("\"status\":\"UP\"").contains("\"featuresReady\":true");
    }

    @Test
    void theOpenApiContractIsGeneratedFromTheControllersAndServedWithoutAKey() throws Exception {
        HttpResponse<String> r = call("GET", "/openapi/ringscope-1.yml", null, null);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("openapi:").contains("/v1/accounts/{id}/features:").contains("/v1/score-context:")
                .contains("/v1/rings/{id}/decision:").contains("/v1/cypher:");
    }

    @Test
    void prometheusMetricsShowRequestLatencyAndFeatureFreshness() throws Exception {
        call("GET", "/v1/accounts/solo/features", SCORER, null);
        HttpResponse<String> r = call("GET", "/prometheus", null, null);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("http_server_requests_seconds").contains("ringscope_features_age_seconds")
                .contains("ringscope_features_accounts 7.0");
    }

    @Test
    void aScorerGetsAnAccountsFeaturesAndA404WithABodyForAnUnknownOne() throws Exception {
        HttpResponse<String> r = call("GET", "/v1/accounts/ring-acct-3/features", SCORER, null);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("\"accountId\":\"ring-acct-3\"").contains("\"ring_size\":6.0")
                .contains("\"fraud_hops\":1.0").contains("\"featureVersion\":\"graph-features-1\"")
                .contains("\"asOf\":\"2026-02-02T10:00:00Z\"")
                .as("no model trained: no GNN score, nothing pretending to be one").doesNotContain("gnn_score");
        HttpResponse<String> noModel = call("GET", "/v1/accounts/ring-acct-3/gnn", SCORER, null);
        assertThat(noModel.statusCode()).isEqualTo(503);
        assertThat(noModel.body()).contains("ringscope train");

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

    @Test
    void theNeighbourhoodOfAnAccountShowsItsRingThroughTheSharedPhoneWithinTheNodeLimit() throws Exception {
        HttpResponse<String> around = call("GET", "/v1/accounts/ring-acct-1/neighbourhood?hops=1", SCORER, null);
        assertThat(around.statusCode()).isEqualTo(200);
        assertThat(around.body()).contains("\"id\":\"ring-acct-5\"").contains("\"type\":\"phone\"")
                .contains("\"label\":\"fraud\"").contains("\"ringId\":\"ring-").contains("\"truncated\":false")
                .doesNotContain("\"id\":\"solo\"");
        HttpResponse<String> capped = call("GET", "/v1/accounts/ring-acct-1/neighbourhood?hops=2&maxNodes=3", SCORER, null);
        assertThat(capped.body()).contains("\"truncated\":true");
        assertThat(call("GET", "/v1/accounts/ghost/neighbourhood", SCORER, null).statusCode()).isEqualTo(404);
        assertThat(call("GET", "/v1/accounts/solo/neighbourhood?hops=9", SCORER, null).statusCode()).isEqualTo(400);
    }

    @Test
    void ringsCanBeFilteredByReviewStatus() throws Exception {
        assertThat(call("GET", "/v1/rings?status=open", INVESTIGATOR, null).body()).contains("\"total\":1")
                .contains("\"status\":\"open\"");
        assertThat(call("GET", "/v1/rings?status=dismissed", INVESTIGATOR, null).body()).contains("\"total\":0");
        HttpResponse<String> bad = call("GET", "/v1/rings?status=maybe", INVESTIGATOR, null);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("status").contains("open");
    }

    @Test
    void theInvestigatorPageAndItsGraphLibraryAreServedAndTheBareAddressLeadsThere() throws Exception {
        HttpResponse<String> root = call("GET", "/", null, null);
        assertThat(root.statusCode()).isEqualTo(303);
        assertThat(root.headers().firstValue("Location")).hasValue("/ui/index.html");
        HttpResponse<String> page = call("GET", "/ui/index.html", null, null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("rings for review").contains("/webjars/cytoscape/3.33.1/dist/cytoscape.min.js")
                .contains("app.js");
        assertThat(call("GET", "/ui/app.js", null, null).body()).contains("/v1/rings").contains("/decision");
        HttpResponse<String> library = call("GET", "/webjars/cytoscape/3.33.1/dist/cytoscape.min.js", null, null);
        assertThat(library.statusCode()).isEqualTo(200);
        assertThat(library.body()).contains("cytoscape");
    }

    @Test
    void aRingIsDrawnAsItsMembersAndTheIdentifiersTheyShare() throws Exception {
        String list = call("GET", "/v1/rings", INVESTIGATOR, null).body();
        String id = list.replaceAll(".*\"id\":\"(ring-[0-9a-f]+)\".*", "$1");
        HttpResponse<String> drawn = call("GET", "/v1/rings/" + id + "/graph", INVESTIGATOR, null);
        assertThat(drawn.statusCode()).isEqualTo(200);
        assertThat(drawn.body()).contains("\"id\":\"ring-acct-0\"").contains("\"type\":\"phone\"")
                .contains("\"degree\":6").as("a device only one member uses binds nothing").doesNotContain("\"type\":\"device\"");
        assertThat(call("GET", "/v1/rings/ring-000000000000/graph", INVESTIGATOR, null).statusCode()).isEqualTo(404);
        assertThat(call("GET", "/v1/rings/" + id + "/graph", SCORER, null).statusCode()).isEqualTo(403);
    }
}

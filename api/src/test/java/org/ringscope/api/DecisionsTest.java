package org.ringscope.api;

import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ringscope.api.TestApi.INVESTIGATOR;
import static org.ringscope.api.TestApi.SCORER;

class DecisionsTest extends SharedApiTest {
    @Test
    void confirmingARingLabelsItsMembersKeepsTheDecisionAndFeedsTheNextRecompute() throws Exception {
        String list = api.call("GET", "/v1/rings", INVESTIGATOR, null).body();
        String ringId = list.replaceAll(".*\"id\":\"(ring-[0-9a-f]+)\".*", "$1");
        assertThat(list).contains("\"fraud\":1");

        HttpResponse<String> confirmed = api.call("POST", "/v1/rings/" + ringId + "/decision", INVESTIGATOR,
                "{\"decision\": \"confirm\", \"reason\": \"shared burner phone, chargebacks\"}");
        assertThat(confirmed.statusCode()).isEqualTo(200);
        assertThat(confirmed.body()).contains("\"by\":\"alice\"").contains("\"targetKind\":\"ring\"").contains("ring-acct-5");
        assertThat(api.call("GET", "/v1/rings?status=confirmed", INVESTIGATOR, null).body()).contains(ringId);
        HttpResponse<String> dismissed = api.call("POST", "/v1/accounts/solo/decision", INVESTIGATOR,
                "{\"decision\": \"dismiss\", \"reason\": \"known customer\"}");
        assertThat(dismissed.statusCode()).isEqualTo(200);

        String audit = api.call("GET", "/v1/decisions", INVESTIGATOR, null).body();
        assertThat(audit).contains("shared burner phone, chargebacks").contains("known customer").contains("\"decision\":\"dismiss\"");

        api.bean(FeatureService.class).refresh();
        assertThat(api.call("GET", "/v1/rings/" + ringId, INVESTIGATOR, null).body()).contains("\"fraud\":6");
        assertThat(api.call("GET", "/v1/accounts/ring-acct-3/features", SCORER, null).body()).contains("\"fraud_hops\":0.0");
    }

    @Test
    void decisionsNeedAnInvestigatorAKnownTargetAndAValidBody() throws Exception {
        String body = "{\"decision\": \"confirm\", \"reason\": \"x\"}";
        assertThat(api.call("POST", "/v1/accounts/solo/decision", SCORER, body).statusCode()).isEqualTo(403);
        assertThat(api.call("GET", "/v1/decisions", SCORER, null).statusCode()).isEqualTo(403);
        assertThat(api.call("POST", "/v1/accounts/ghost/decision", INVESTIGATOR, body).statusCode()).isEqualTo(404);
        HttpResponse<String> maybe = api.call("POST", "/v1/accounts/solo/decision", INVESTIGATOR,
                "{\"decision\": \"maybe\", \"reason\": \"x\"}");
        assertThat(maybe.statusCode()).isEqualTo(400);
        assertThat(maybe.body()).contains("decision").contains("confirm or dismiss");
        assertThat(api.call("POST", "/v1/accounts/solo/decision", INVESTIGATOR,
                "{\"decision\": \"confirm\", \"reason\": \" \"}").statusCode()).isEqualTo(400);
    }
}

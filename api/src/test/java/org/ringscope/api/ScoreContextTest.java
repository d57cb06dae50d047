package org.ringscope.api;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ringscope.api.TestApi.INVESTIGATOR;
import static org.ringscope.api.TestApi.RING_PHONE;
import static org.ringscope.api.TestApi.SCORER;

class ScoreContextTest {
    @TempDir
    Path dir;
    private TestApi api;

    @BeforeEach
    void start() throws Exception {
        api = new TestApi(dir);
    }

    @AfterEach
    void stop() {
        api.close();
    }

    private static String event(String account, String phone, boolean persist) {
        return """
                {"event": {"event_id": "e-new", "ts": "2026-02-02T09:00:00Z", "account_id": "%s", "type": "signup",
                           "phone": "%s", "device_id": "new-device"}, "persist": %s}""".formatted(account, phone, persist);
    }

    @Test
    void anEventOnTheRingsPhoneWouldJoinTheRingOneHopFromFraudAndIngestingItThenReadingFeaturesAgrees() throws Exception {
        HttpResponse<String> asIf = api.call("POST", "/v1/score-context", SCORER, event("zz-newcomer", RING_PHONE, false));
        assertThat(asIf.statusCode()).isEqualTo(200);
        assertThat(asIf.body()).contains("\"knownAccount\":false").contains("\"persisted\":false")
                .contains("\"linkedAccounts\":6").contains("\"fraudHops\":1").contains("\"size\":6")
                .contains("\"kind\":\"phone\"").contains("\"fraudAccounts\":1")
                // The raw phone in any spelling; not a bare "555", which a timestamp's nanoseconds can contain.
                .doesNotContain("5550199").doesNotContain("555 0199").doesNotContain("555-0199");
        String ringId = asIf.body().replaceAll(".*\"ring\":\\{\"id\":\"(ring-[0-9a-f]+)\".*", "$1");
        assertThat(api.call("GET", "/v1/accounts/zz-newcomer/features", SCORER, null).statusCode())
                .as("evaluating stores nothing").isEqualTo(404);

        HttpResponse<String> persisted = api.call("POST", "/v1/score-context", SCORER, event("zz-newcomer", RING_PHONE, true));
        assertThat(persisted.body()).contains("\"persisted\":true");
        api.bean(FeatureService.class).refresh();

        HttpResponse<String> after = api.call("GET", "/v1/accounts/zz-newcomer/features", SCORER, null);
        assertThat(after.body()).contains("\"linked_accounts\":6.0").contains("\"fraud_hops\":1.0")
                .contains("\"fraud_neighbour_share\":" + (1.0 / 6)).contains("\"ring_size\":7.0");
        assertThat(asIf.body()).contains("\"fraudNeighbourShare\":" + (1.0 / 6));
        HttpResponse<String> ring = api.call("GET", "/v1/rings/" + ringId, INVESTIGATOR, null);
        assertThat(ring.body()).as("the recompute put it in the ring score-context named").contains("zz-newcomer");

        assertThat(api.call("POST", "/v1/score-context", SCORER, event("zz-newcomer", RING_PHONE, true)).body())
                .as("persisting the same event id again changes nothing").contains("\"persisted\":false");
    }

    @Test
    void anEventSharingNothingJoinsNoRingAndABadFieldIsNamed() throws Exception {
        HttpResponse<String> alone = api.call("POST", "/v1/score-context", SCORER, event("loner", "+1 415 555 0177", false));
        assertThat(alone.statusCode()).isEqualTo(200);
        assertThat(alone.body()).contains("\"linkedAccounts\":0").contains("\"fraudHops\":5").doesNotContain("\"ring\":{");

        HttpResponse<String> card = api.call("POST", "/v1/score-context", SCORER, event("loner", "4111 1111 1111 1111", false));
        assertThat(card.statusCode()).isEqualTo(400);
        assertThat(card.body()).contains("event.phone").doesNotContain("4111 1111");
        assertThat(api.call("POST", "/v1/score-context", INVESTIGATOR, event("x", RING_PHONE, false)).statusCode())
                .as("investigators do not score").isEqualTo(403);
    }

    @Test
    void anEventThatCannotBeStoredIsA503ThatSaysToRetryWhileEvaluatingStillWorks() throws Exception {
        api.bean(EventBatcher.class).drain();   // the writer is shutting down: it accepts nothing more

        HttpResponse<String> refused = api.call("POST", "/v1/score-context", SCORER, event("loner", RING_PHONE, true));
        assertThat(refused.statusCode()).isEqualTo(503);
        assertThat(refused.body()).contains("the event was not stored").contains("shutting down")
                .contains("retry with the same event_id");
        assertThat(api.call("POST", "/v1/score-context", SCORER, event("loner", RING_PHONE, false)).statusCode())
                .isEqualTo(200);
    }
}

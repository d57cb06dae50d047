package org.ringscope.api;

import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ringscope.api.TestApi.ANALYST;
import static org.ringscope.api.TestApi.SCORER;

class CypherApiTest extends SharedApiTest {
    @Test
    void analystsListTheLibraryAndRunSavedQueriesOnTheRingsTheApiServes() throws Exception {
        HttpResponse<String> library = api.call("GET", "/v1/queries", ANALYST, null);
        assertThat(library.statusCode()).isEqualTo(200);
        assertThat(library.body()).contains("\"name\":\"ring-members\"").contains("\"name\":\"ringId\"");

        HttpResponse<String> bySize = api.call("POST", "/v1/queries/rings-by-size", ANALYST, "{}");
        assertThat(bySize.statusCode()).isEqualTo(200);
        String ringId = bySize.body().replaceAll(".*\"(ring-[0-9a-f]{12})\".*", "$1");
        assertThat(ringId).startsWith("ring-");

        HttpResponse<String> members = api.call("POST", "/v1/queries/ring-members", ANALYST,
                "{\"params\": {\"ringId\": \"" + ringId + "\"}}");
        assertThat(members.statusCode()).isEqualTo(200);
        assertThat(members.body()).contains("ring-acct-0", "ring-acct-5").doesNotContain("solo");

        HttpResponse<String> badParam = api.call("POST", "/v1/queries/ring-members", ANALYST,
                "{\"params\": {\"ringId\": \"x\", \"limit\": \"many\"}}");
        assertThat(badParam.statusCode()).isEqualTo(400);
        assertThat(badParam.body()).contains("limit");
        assertThat(api.call("POST", "/v1/queries/no-such-query", ANALYST, "{}").statusCode()).isEqualTo(404);
    }

    @Test
    void adHocQueriesReadButNeverWrite() throws Exception {
        HttpResponse<String> count = api.call("POST", "/v1/cypher", ANALYST,
                "{\"query\": \"MATCH (a:Account) RETURN count(a) AS accounts, collect(a.id)[0..1] AS sample\"}");
        assertThat(count.statusCode()).isEqualTo(200);
        assertThat(count.body()).contains("\"columns\":[\"accounts\",\"sample\"]").contains("\"accounts\":7")
                .contains("\"truncated\":false");

        HttpResponse<String> write = api.call("POST", "/v1/cypher", ANALYST, "{\"query\": \"CREATE (:Intruder) RETURN 1\"}");
        assertThat(write.statusCode()).isEqualTo(400);
        assertThat(write.body()).contains("query");
        assertThat(api.call("POST", "/v1/cypher", ANALYST, "{\"query\": \"MATCH (n:Intruder) RETURN count(n) AS n\"}").body())
                .contains("\"n\":0");
        assertThat(api.call("POST", "/v1/cypher", ANALYST, "{\"query\": \"MATCH (n RETURN n\"}").statusCode()).isEqualTo(400);
        assertThat(api.call("POST", "/v1/cypher", SCORER, "{\"query\": \"RETURN 1\"}").statusCode()).isEqualTo(403);
    }
}

package org.ringscope.api;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ringscope.api.TestApi.INVESTIGATOR;
import static org.ringscope.api.TestApi.SCORER;

class RateLimitTest {
    @TempDir
    Path dir;

    @Test
    void aKeyOverItsLimitGets429WhileAnotherKeyIsServed() throws Exception {
        try (TestApi api = new TestApi(dir, Map.of("ringscope.api.rate-limit-per-second", 5))) {
            int limited = 0;
            HttpResponse<String> last = null;
            for (int i = 0; i < 30; i++) {
                HttpResponse<String> r = api.call("GET", "/v1/accounts/solo/features", SCORER, null);
                if (r.statusCode() == 429) {
                    limited++;
                    last = r;
                }
            }
            assertThat(limited).as("30 requests against a burst of 5").isGreaterThan(10);
            assertThat(last.headers().firstValue("Retry-After")).contains("1");
            assertThat(last.body()).contains("scoring-service").contains("limit of 5 requests a second");
            assertThat(api.call("GET", "/v1/rings", INVESTIGATOR, null).statusCode()).as("each key has its own bucket")
                    .isEqualTo(200);
        }
    }
}

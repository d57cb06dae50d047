package org.ringscope.api;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
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

/**
 * A real API server on a fresh embedded store holding one ring: six accounts on one phone, signed up a minute
 * apart on 2026-02-01, the first confirmed fraud; and one account that shares nothing.
 */
final class TestApi implements AutoCloseable {
    static final String SCORER = "scorer-key-for-tests";
    static final String INVESTIGATOR = "investigator-key-for-tests";
    static final String ANALYST = "analyst-key-for-tests";
    static final String RING_PHONE = "+1 415 555 0199";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    final EmbeddedServer server;

    TestApi(Path dir) throws Exception {
        this(dir, Map.of());
    }

    /** @param extra more configuration, e.g. a rate limit */
    TestApi(Path dir, Map<String, Object> extra) throws Exception {
        Map<String, Object> properties = new java.util.HashMap<>(extra);
        properties.putAll(Map.ofEntries(
                Map.entry("ringscope.api.keys.bob.role", "analyst"),
                Map.entry("ringscope.api.keys.bob.sha256", ApiKeys.sha256(ANALYST)),
                Map.entry("micronaut.server.port", -1),
                Map.entry("ringscope.data-dir", dir.toString()),
                Map.entry("ringscope.neo4j.page-cache", "64m"),
                Map.entry("ringscope.api.keys.scoring-service.role", "scorer"),
                Map.entry("ringscope.api.keys.scoring-service.sha256", ApiKeys.sha256(SCORER)),
                Map.entry("ringscope.api.keys.alice.role", "investigator"),
                Map.entry("ringscope.api.keys.alice.sha256", ApiKeys.sha256(INVESTIGATOR))));
        server = ApplicationContext.run(EmbeddedServer.class, properties);
        StringBuilder csv = new StringBuilder("event_id,ts,account_id,type,device_id,phone,ip\n");
        for (int i = 0; i < 6; i++) {
            csv.append("r").append(i).append(",2026-02-01T10:0").append(i).append(":00Z,ring-acct-").append(i)
                    .append(",signup,dev-r").append(i).append(',').append(RING_PHONE).append(",10.1.1.").append(i).append('\n');
        }
        csv.append("s0,2026-02-02T10:00:00Z,solo,signup,dev-s,+1 415 555 0123,10.9.9.9\n");
        Path events = Files.writeString(dir.resolve("events.csv"), csv);
        Path labels = Files.writeString(dir.resolve("labels.csv"),
                "account_id,label,ts,source\nring-acct-0,fraud,2026-02-03T00:00:00Z,chargeback\n");
        Ingest ingest = new Ingest(bean(Neo4jStore.class), bean(Settings.class));
        ingest.events(events, ProgressFactory.SILENT);
        ingest.labels(labels, ProgressFactory.SILENT);
        bean(FeatureService.class).refresh();
    }

    <T> T bean(Class<T> type) {
        return server.getApplicationContext().getBean(type);
    }

    HttpResponse<String> call(String method, String path, String key, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.getURL() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (key != null) {
            request.header("X-Api-Key", key);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() {
        server.close();
    }
}

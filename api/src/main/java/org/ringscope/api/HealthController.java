package org.ringscope.api;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.http.annotation.Get;
import org.ringscope.store.Neo4jStore;

/** Liveness and readiness: the store answers and features have been computed. Open without a key. */
@ExecuteOn(TaskExecutors.BLOCKING)   // talks to the store: keep it off the event loop
@Controller("/health")
class HealthController {
    private final Neo4jStore store;
    private final FeatureService features;

    HealthController(Neo4jStore store, FeatureService features) {
        this.store = store;
        this.features = features;
    }

    @Get
    HttpResponse<ApiViews.Health> health() {
        boolean storeUp;
        try (var session = store.session()) {
            storeUp = session.run("RETURN 1").single().get(0).asInt() == 1;
        } catch (RuntimeException e) {
            storeUp = false;
        }
        boolean ready = features.fresh();
        ApiViews.Health body = new ApiViews.Health(storeUp && ready ? "UP" : "DOWN", storeUp, ready,
                ready ? features.computedAt() : null);
        return HttpResponse.status(storeUp && ready ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE).body(body);
    }
}

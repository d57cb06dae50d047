package org.ringscope.api;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;

/** Starts the HTTP API on the configured store (embedded by default). */
@OpenAPIDefinition(info = @Info(title = "ringscope", version = "1",
        description = "Graph features for fraud scoring, rings for investigators, Cypher for analysts."
                + " Every /v1 path needs an X-Api-Key whose role allows it."))
public final class Application {
    private Application() {
    }

    public static void main(String[] args) {
        Micronaut.run(Application.class, args);
    }
}

package org.ringscope.api;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.http.annotation.Post;
import io.micronaut.validation.Validated;
import jakarta.validation.Valid;

import java.util.concurrent.CompletableFuture;

/** Features for an incoming event at decision time, optionally persisting it (real-time ingest). */
@ExecuteOn(TaskExecutors.BLOCKING)   // talks to the store: keep it off the event loop
@Controller("/v1")
@Validated
class ScoreContextController {
    private final ScoreContextService service;

    ScoreContextController(ScoreContextService service) {
        this.service = service;
    }

    @Post("/score-context")
    CompletableFuture<ApiViews.ScoreContextView> scoreContext(@Body @Valid ApiViews.ScoreContextRequest request) {
        return service.evaluate(request.event(), request.persist());
    }
}

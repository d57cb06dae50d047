package org.ringscope.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.validation.Validated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import java.util.List;

/** Investigators confirm or dismiss rings and accounts; every decision is kept. */
@ExecuteOn(TaskExecutors.BLOCKING)   // talks to the store: keep it off the event loop
@Controller("/v1")
@Validated
class DecisionsController {
    private final DecisionService decisions;

    DecisionsController(DecisionService decisions) {
        this.decisions = decisions;
    }

    @Post("/rings/{id}/decision")
    ApiViews.DecisionView ring(@PathVariable String id, @Body @Valid ApiViews.DecisionRequest body, HttpRequest<?> request) {
        return decisions.decideRing(id, body, caller(request));
    }

    @Post("/accounts/{id}/decision")
    ApiViews.DecisionView account(@PathVariable String id, @Body @Valid ApiViews.DecisionRequest body, HttpRequest<?> request) {
        return decisions.decideAccount(id, body, caller(request));
    }

    @Get("/decisions")
    List<ApiViews.DecisionView> recent(@QueryValue(defaultValue = "50") @Min(1) @Max(1000) int limit) {
        return decisions.recent(limit);
    }

    private static String caller(HttpRequest<?> request) {
        return request.getAttribute(ApiKeyFilter.CALLER, String.class).orElse("unknown");
    }
}

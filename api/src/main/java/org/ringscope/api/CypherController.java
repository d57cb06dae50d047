package org.ringscope.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.validation.Validated;
import jakarta.validation.Valid;

import java.util.List;

/** Saved and ad-hoc read-only Cypher for analysts. */
@ExecuteOn(TaskExecutors.BLOCKING)   // talks to the store: keep it off the event loop
@Controller("/v1")
@Validated
class CypherController {
    private final CypherService cypher;

    CypherController(CypherService cypher) {
        this.cypher = cypher;
    }

    @Get("/queries")
    List<ApiViews.SavedQueryView> library() {
        return cypher.library().stream().map(q -> new ApiViews.SavedQueryView(q.name(), q.description(),
                q.params().stream().map(p -> new ApiViews.ParamView(p.name(), p.type(), p.defaultValue())).toList())).toList();
    }

    @Post("/queries/{name}")
    ApiViews.QueryResult runSaved(@PathVariable String name, @Body @Nullable ApiViews.SavedQueryRequest request) {
        return cypher.runSaved(name, request == null ? null : request.params());
    }

    @Post("/cypher")
    ApiViews.QueryResult run(@Body @Valid ApiViews.CypherRequest request) {
        return cypher.run(request.query(), request.params());
    }
}

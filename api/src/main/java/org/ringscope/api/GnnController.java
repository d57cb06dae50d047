package org.ringscope.api;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.validation.Validated;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An account's GNN score and why: which identifier kinds and which neighbours pushed it. */
@Controller("/v1/accounts")
@Validated
class GnnController {
    private final GnnService gnn;
    private final FeatureService features;

    GnnController(GnnService gnn, FeatureService features) {
        this.gnn = gnn;
        this.features = features;
    }

    @Get("/{id}/gnn")
    ApiViews.GnnView explain(@PathVariable @NotBlank @Size(max = 200) String id,
                             @QueryValue(defaultValue = "5") @Min(1) @Max(20) int neighbours) {
        return gnn.explain(features.current(), id, neighbours);
    }
}

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

/** The graph around an account, for the investigator page and other services. */
@Controller("/v1/accounts")
@Validated
class NeighbourhoodController {
    private final NeighbourhoodService neighbourhoods;

    NeighbourhoodController(NeighbourhoodService neighbourhoods) {
        this.neighbourhoods = neighbourhoods;
    }

    @Get("/{id}/neighbourhood")
    ApiViews.NeighbourhoodView neighbourhood(@PathVariable @NotBlank @Size(max = 200) String id,
                                             @QueryValue(defaultValue = "2") @Min(1) @Max(4) int hops,
                                             @QueryValue(defaultValue = "200") @Min(2) @Max(2000) int maxNodes) {
        return neighbourhoods.around(id, hops, maxNodes);
    }
}

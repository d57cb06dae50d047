package org.ringscope.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.validation.Validated;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** Rings for investigators and other services. */
@Controller("/v1/rings")
@Validated
class RingsController {
    private final RingCatalog rings;

    RingsController(RingCatalog rings) {
        this.rings = rings;
    }

    @Get
    ApiViews.RingPage list(@QueryValue(defaultValue = "0") @Min(0) @Max(1) double minRisk,
                           @QueryValue(defaultValue = "0") @Min(0) int minSize,
                           @QueryValue @Nullable String typology,
                           @QueryValue @Nullable String status,
                           @QueryValue(defaultValue = "0") @Min(0) int offset,
                           @QueryValue(defaultValue = "50") @Min(1) @Max(500) int limit) {
        return rings.list(minRisk, minSize, typology, status, offset, limit);
    }

    @Get("/{id}")
    ApiViews.RingDetail ring(@PathVariable String id) {
        return rings.ring(id).orElseThrow(() -> ApiException.unknown("no ring '" + id + "' in the current detection",
                "list rings with GET /v1/rings; ring ids change only when a ring loses its smallest member"));
    }

    /** The ring as a graph to draw: members, the identifiers two or more of them share, and the links. */
    @Get("/{id}/graph")
    ApiViews.NeighbourhoodView graph(@PathVariable String id) {
        return rings.graph(id).orElseThrow(() -> ApiException.unknown("no ring '" + id + "' in the current detection",
                "list rings with GET /v1/rings"));
    }
}

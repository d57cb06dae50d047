package org.ringscope.api;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.validation.Validated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.util.ArrayList;
import java.util.List;

/** Account graph features for the main scorer. */
@Controller("/v1")
@Validated
class FeaturesController {
    private final FeatureService features;

    FeaturesController(FeatureService features) {
        this.features = features;
    }

    @Get("/accounts/{id}/features")
    ApiViews.AccountFeaturesView account(@PathVariable @NotBlank @Size(max = 200) String id) {
        return features.features(id).map(f -> view(id, f)).orElseThrow(() -> ApiException.unknown(
                "no account '" + id + "' in the graph as of " + features.asOf(),
                "check the id; accounts appear after their first event is ingested and the next recompute"));
    }

    @Post("/features:batch")
    ApiViews.BatchView batch(@Body @Valid ApiViews.BatchRequest request) {
        List<ApiViews.AccountFeaturesView> found = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String id : request.accountIds()) {
            features.features(id).ifPresentOrElse(f -> found.add(view(id, f)), () -> unknown.add(id));
        }
        return new ApiViews.BatchView(features.asOf(), features.computedAt(), ApiViews.FEATURE_VERSION,
                features.gnnModel(), found, unknown);
    }

    private ApiViews.AccountFeaturesView view(String id, java.util.Map<String, Double> values) {
        return new ApiViews.AccountFeaturesView(id, features.asOf(), features.computedAt(), ApiViews.FEATURE_VERSION,
                features.gnnModel(), values);
    }
}

package org.ringscope.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;

import java.util.EnumSet;
import java.util.Set;

/**
 * Every {@code /v1} request needs a key ({@code X-Api-Key}, or {@code Authorization: Bearer}); the path decides
 * which roles may call it, and each key has a rate limit. Health and the OpenAPI document are open.
 */
@ServerFilter("/v1/**")
class ApiKeyFilter {
    /** Request attribute holding the calling key's name, for the audit trail. */
    static final String CALLER = "ringscope.caller";
    private static final Set<Role> FEATURES = EnumSet.of(Role.SCORER, Role.INVESTIGATOR, Role.ADMIN);
    private static final Set<Role> SCORING = EnumSet.of(Role.SCORER, Role.ADMIN);
    private static final Set<Role> RINGS = EnumSet.of(Role.INVESTIGATOR, Role.ADMIN);
    private static final Set<Role> CYPHER = EnumSet.of(Role.ANALYST, Role.ADMIN);
    private final ApiKeys keys;
    private final RateLimiter rateLimiter;

    ApiKeyFilter(ApiKeys keys, RateLimiter rateLimiter) {
        this.keys = keys;
        this.rateLimiter = rateLimiter;
    }

    @RequestFilter
    @Nullable
    MutableHttpResponse<ApiViews.ApiError> check(HttpRequest<?> request) {
        String presented = request.getHeaders().get("X-Api-Key");
        String authorization = request.getHeaders().getAuthorization().orElse(null);
        if (presented == null && authorization != null && authorization.startsWith("Bearer ")) {
            presented = authorization.substring("Bearer ".length()).strip();
        }
        var key = keys.find(presented);
        if (key.isEmpty()) {
            return HttpResponse.<ApiViews.ApiError>status(HttpStatus.UNAUTHORIZED).body(new ApiViews.ApiError(401,
                    presented == null ? "no API key" : "unknown API key",
                    "send the key in the X-Api-Key header (demo: X-Api-Key: " + ApiKeys.DEMO_KEY + ")"));
        }
        Set<Role> allowed = allowed(request.getPath());
        if (!allowed.contains(key.get().getRole())) {
            return HttpResponse.<ApiViews.ApiError>status(HttpStatus.FORBIDDEN).body(new ApiViews.ApiError(403,
                    "key '" + key.get().getName() + "' has role " + key.get().getRole().name().toLowerCase(java.util.Locale.ROOT)
                            + ", which may not call " + request.getPath(),
                    "this path needs one of " + allowed));
        }
        if (!rateLimiter.tryAcquire(key.get().getName())) {
            return HttpResponse.<ApiViews.ApiError>status(HttpStatus.TOO_MANY_REQUESTS).header("Retry-After", "1")
                    .body(new ApiViews.ApiError(429, "key '" + key.get().getName() + "' is over its limit of "
                            + (long) rateLimiter.perSecond() + " requests a second",
                            "retry after a second, or ask for a higher ringscope.api.rate-limit-per-second"));
        }
        request.setAttribute(CALLER, key.get().getName());
        return null;
    }

    static Set<Role> allowed(String path) {
        if (path.endsWith("/decision") || path.startsWith("/v1/decisions")) {
            return RINGS;       // investigators decide; a scorer reading features may not label
        }
        if (path.equals("/v1/score-context")) {
            return SCORING;     // it can write events: the scorer's job, not an investigator's
        }
        if (path.startsWith("/v1/accounts/") || path.startsWith("/v1/features")) {
            return FEATURES;
        }
        if (path.startsWith("/v1/rings")) {
            return RINGS;
        }
        if (path.startsWith("/v1/queries") || path.equals("/v1/cypher")) {
            return CYPHER;
        }
        return EnumSet.of(Role.ADMIN);
    }
}

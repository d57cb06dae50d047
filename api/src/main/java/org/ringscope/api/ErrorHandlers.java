package org.ringscope.api;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** Errors become JSON with a status, what went wrong and what to do next; never a stack trace. */
@Produces
@Singleton
@Requires(classes = {ApiException.class, ExceptionHandler.class})
final class ErrorHandlers implements ExceptionHandler<ApiException, HttpResponse<ApiViews.ApiError>> {
    @Override
    public HttpResponse<ApiViews.ApiError> handle(HttpRequest request, ApiException e) {
        MutableHttpResponse<ApiViews.ApiError> response = HttpResponse.<ApiViews.ApiError>status(e.status())
                .body(new ApiViews.ApiError(e.status().getCode(), e.getMessage(), e.hint()));
        return e.status() == HttpStatus.SERVICE_UNAVAILABLE ? response.header("Retry-After", "1") : response;
    }
}

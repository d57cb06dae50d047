package org.ringscope.api;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** Errors become JSON with a status, what went wrong and what to do next; never a stack trace. */
final class ErrorHandlers {
    private ErrorHandlers() {
    }

    @Produces
    @Singleton
    @Requires(classes = {UnknownException.class, ExceptionHandler.class})
    static final class Unknown implements ExceptionHandler<UnknownException, HttpResponse<ApiViews.ApiError>> {
        @Override
        public HttpResponse<ApiViews.ApiError> handle(HttpRequest request, UnknownException e) {
            return HttpResponse.<ApiViews.ApiError>status(HttpStatus.NOT_FOUND)
                    .body(new ApiViews.ApiError(404, e.getMessage(), e.hint()));
        }
    }

    @Produces
    @Singleton
    @Requires(classes = {InvalidInputException.class, ExceptionHandler.class})
    static final class Invalid implements ExceptionHandler<InvalidInputException, HttpResponse<ApiViews.ApiError>> {
        @Override
        public HttpResponse<ApiViews.ApiError> handle(HttpRequest request, InvalidInputException e) {
            return HttpResponse.<ApiViews.ApiError>status(HttpStatus.BAD_REQUEST).body(new ApiViews.ApiError(400,
                    e.getMessage(), "fix " + e.field() + " and send the request again; nothing was stored"));
        }
    }

    @Produces
    @Singleton
    @Requires(classes = {UnavailableException.class, ExceptionHandler.class})
    static final class Unavailable implements ExceptionHandler<UnavailableException, HttpResponse<ApiViews.ApiError>> {
        @Override
        public HttpResponse<ApiViews.ApiError> handle(HttpRequest request, UnavailableException e) {
            return HttpResponse.<ApiViews.ApiError>status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "1")
                    .body(new ApiViews.ApiError(503, e.getMessage(), e.hint()));
        }
    }
}

package org.ringscope.api;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.swagger.v3.oas.annotations.Hidden;

import java.net.URI;

/** The investigator page lives under /ui (static files); the bare address leads there. */
@Controller
@Hidden
class PageController {
    @Get
    HttpResponse<?> index() {
        return HttpResponse.seeOther(URI.create("/ui/index.html"));
    }
}

package org.ringscope.api;

import io.micronaut.runtime.Micronaut;

/** Starts the HTTP API on the configured store (embedded by default). */
public final class Application {
    private Application() {
    }

    public static void main(String[] args) {
        Micronaut.run(Application.class, args);
    }
}

package org.ringscope.api;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.ringscope.core.Settings;

import java.util.HashMap;
import java.util.Map;

/** Starts the API from code (the command line's {@code demo} and {@code serve}) with ringscope's own settings. */
public final class ApiServer {
    private ApiServer() {
    }

    /** @param port 0 for any free port */
    public static EmbeddedServer start(Settings settings, int port) {
        Map<String, Object> properties = new HashMap<>(settings.asMap());
        properties.put("micronaut.server.port", port == 0 ? -1 : port);
        EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, properties);
        server.getApplicationContext().getBean(FeatureService.class).current();   // first recompute before serving
        return server;
    }
}

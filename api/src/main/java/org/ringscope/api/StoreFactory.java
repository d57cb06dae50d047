package org.ringscope.api;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.env.Environment;
import io.micronaut.core.naming.conventions.StringConvention;
import jakarta.inject.Singleton;
import org.ringscope.core.Settings;
import org.ringscope.store.Neo4jStore;

import java.util.HashMap;
import java.util.Map;

/**
 * The ringscope settings and the store, as beans. Settings come from the same places as for the command line
 * ({@code ringscope.properties}, {@code RINGSCOPE_*} variables), and any {@code ringscope.*} property given to the
 * application (tests, {@code -D}) overrides them.
 */
@Factory
final class StoreFactory {
    @Singleton
    Settings settings(Environment environment) {
        Map<String, String> overrides = new HashMap<>();
        environment.getProperties("ringscope", StringConvention.RAW).forEach((key, value) -> {
            if (!key.startsWith("api.") && value != null && !(value instanceof Map)) {
                overrides.put("ringscope." + key, value.toString());
            }
        });
        return Settings.load(null, overrides);
    }

    @Singleton
    @Bean(preDestroy = "close")
    Neo4jStore store(Settings settings) {
        return Neo4jStore.open(settings);
    }
}

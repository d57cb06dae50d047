package org.ringscope.cli;

import io.micronaut.runtime.server.EmbeddedServer;
import org.ringscope.api.ApiKeys;
import org.ringscope.api.ApiServer;
import org.ringscope.core.Settings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

@Command(name = "serve", description = "Serve the HTTP API (features, rings) on the configured store until stopped.")
final class ServeCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Option(names = "--port", defaultValue = "8080", description = "HTTP port (default ${DEFAULT-VALUE})")
    int port;

    @Override
    public Integer call() throws Exception {
        serve(common.settings(Map.of()), port);
        return 0;
    }

    /** Starts the API, says how to call it, and returns when the process is asked to stop. */
    static void serve(Settings settings, int port) throws InterruptedException {
        EmbeddedServer server = ApiServer.start(settings, port);
        String key = settings.mode() == Settings.Mode.DEMO ? ApiKeys.DEMO_KEY : "<your key>";
        System.out.println("API at " + server.getURL() + " — try:");
        System.out.println("  curl -s -H 'X-Api-Key: " + key + "' '" + server.getURL() + "/v1/rings?limit=3'");
        System.out.println("  curl -s -H 'X-Api-Key: " + key + "' " + server.getURL() + "/v1/accounts/<account id>/features");
        System.out.println("Ctrl-C to stop.");
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }));
        stopped.await();
    }
}

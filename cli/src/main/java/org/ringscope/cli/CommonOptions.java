package org.ringscope.cli;

import org.ringscope.core.Settings;
import org.ringscope.ingest.Progress;
import org.ringscope.ingest.ProgressFactory;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Options every command takes: where the settings come from, and overrides. */
final class CommonOptions {
    @Option(names = "--config", paramLabel = "FILE", description = "settings file (default: ./ringscope.properties if present)")
    Path config;

    @Option(names = "-D", paramLabel = "KEY=VALUE", description = "override one setting, e.g. -Dringscope.rings.hub-degree=100")
    Map<String, String> overrides = new LinkedHashMap<>();

    @Option(names = "--quiet", description = "no progress lines")
    boolean quiet;

    Settings settings(Map<String, String> extra) {
        Map<String, String> all = new LinkedHashMap<>(overrides);
        all.putAll(extra);
        return Settings.load(config, all);
    }

    ProgressFactory progress() {
        return quiet ? ProgressFactory.SILENT : (task, done) -> new Progress(task, System.err, done, 2000);
    }
}

package org.ringscope.cli;

import org.ringscope.datasets.DemoConfig;
import org.ringscope.datasets.DemoGenerator;
import org.ringscope.datasets.DemoSummary;
import org.ringscope.ingest.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;

@Command(name = "generate", description = {
        "Write deterministic demo data with planted rings: events.csv, labels.csv and truth.csv (the ground truth).",
        "Same seed and size, same bytes. Distributions and typologies: datasets/README.md."})
final class GenerateCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Mixin
    PopulationOptions population;

    @Option(names = "--out", defaultValue = "data/generated", description = "output folder (default ${DEFAULT-VALUE})")
    Path out;

    @Override
    public Integer call() throws Exception {
        DemoSummary summary = generate(population.config(), out, common);
        System.out.println(summary);
        System.out.println("wrote " + out.resolve("events.csv") + ", labels.csv and truth.csv");
        return 0;
    }

    static DemoSummary generate(DemoConfig config, Path out, CommonOptions common) throws IOException {
        // The generator reports events written; about 6 events per account gives the share done.
        double expected = config.accounts() * 6.0;
        AtomicLong written = new AtomicLong();
        Progress progress = common.progress().create("generate", () -> Math.min(0.99, written.get() / expected));
        DemoSummary summary = DemoGenerator.generate(config, out, n -> {
            written.set(n);
            progress.update(n, 0);
        });
        progress.finish(summary.events(), 0);
        return summary;
    }
}

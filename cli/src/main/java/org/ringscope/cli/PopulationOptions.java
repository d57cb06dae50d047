package org.ringscope.cli;

import org.ringscope.datasets.DemoConfig;
import picocli.CommandLine.Option;

/** Size and seed of a generated demo population (generate and demo). */
final class PopulationOptions {
    @Option(names = "--accounts", defaultValue = "100000", description = "accounts to generate (default ${DEFAULT-VALUE}; up to 10M and beyond)")
    int accounts;

    @Option(names = "--seed", defaultValue = "42", description = "generator seed (default ${DEFAULT-VALUE})")
    long seed;

    DemoConfig config() {
        return DemoConfig.defaults(seed, accounts);
    }
}

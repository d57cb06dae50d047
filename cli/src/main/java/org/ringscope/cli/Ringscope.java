package org.ringscope.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code ringscope <command>}: the entry point. Exit codes: 0 ok, 1 failed, 2 bad usage, 3 some rows refused. */
@Command(name = "ringscope", mixinStandardHelpOptions = true, version = "ringscope 0.1.0",
        description = "Finds fraud rings: accounts that share devices, e-mails, phones, cards, IPs or addresses.",
        footer = {"", "Also: ringscope spark-rings --help  (ring detection on Spark, in its own JVM; see graph-spark/README.md)"},
        subcommands = {GenerateCommand.class, IngestCommand.class, RingsCommand.class, DemoCommand.class, EvaluateCommand.class, FeaturesCommand.class, ExportLinksCommand.class, TrainCommand.class, ServeCommand.class,
                ConfigCommand.class, CommandLine.HelpCommand.class})
public final class Ringscope {
    public static final int ROWS_REFUSED = 3;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code (tests call this). */
    public static int run(String... args) {
        return new CommandLine(new Ringscope())
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    cmd.getErr().println("ringscope: " + e.getMessage());
                    if (System.getenv("RINGSCOPE_DEBUG") != null) {
                        e.printStackTrace(cmd.getErr());
                    } else {
                        cmd.getErr().println("(set RINGSCOPE_DEBUG=1 for the stack trace)");
                    }
                    return 1;
                })
                .execute(args);
    }
}

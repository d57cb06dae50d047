package org.ringscope.ingest;

import java.util.function.DoubleSupplier;

/** Makes the progress display for a job; the CLI prints, tests stay quiet. */
@FunctionalInterface
public interface ProgressFactory {
    ProgressFactory SILENT = (task, done) -> Progress.silent();

    Progress create(String task, DoubleSupplier fractionDone);
}

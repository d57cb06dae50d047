package org.ringscope.ingest;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

class ProgressTest {
    private static final long SECOND = 1_000_000_000L;

    @Test
    void theEtaCountsFromWhenWorkFirstShowedNotFromTheStart() {
        AtomicReference<Double> done = new AtomicReference<>(0.0);
        Progress progress = new Progress("ingest x.csv", new PrintStream(new ByteArrayOutputStream()), done::get, 0);
        long t0 = System.nanoTime();

        assertThat(progress.line(0, 0, t0 + 8 * SECOND, false)).contains("ETA --:--");   // reading ahead
        done.set(0.1);
        assertThat(progress.line(100, 0, t0 + 10 * SECOND, false)).contains("ETA --:--");   // first work seen
        done.set(0.3);
        // 0.2 of the job in the 10 s since work showed: 0.7 left takes 35 s (not the 63 s the whole 20 s would say)
        assertThat(progress.line(300, 0, t0 + 20 * SECOND, false)).contains("ETA 0:35").contains("30%");
        assertThat(progress.line(1000, 2, t0 + 40 * SECOND, true)).contains("done").contains("2 refused");
    }
}

package org.ringscope.spark;

import org.apache.spark.executor.TaskMetrics;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerStageCompleted;
import org.apache.spark.scheduler.SparkListenerStageSubmitted;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.scheduler.StageInfo;
import org.ringscope.ingest.Progress;

import java.io.PrintStream;
import java.util.HashMap;
import java.util.Map;

/**
 * The ringscope progress line (rows, rate, share done, ETA) for each Spark stage that runs long enough to need one:
 * at 10M accounts the evidence join alone runs for about 25 minutes. Rows are the records the stage's tasks have
 * read, from input or shuffle. Stages shorter than the print interval print nothing.
 */
final class StageProgress extends SparkListener {
    private static final long INTERVAL_MILLIS = 5_000;
    private final PrintStream out;
    private final Map<Integer, Stage> stages = new HashMap<>();

    StageProgress(PrintStream out) {
        this.out = out;
    }

    private static final class Stage {
        final int tasks;
        final long started = System.nanoTime();
        final Progress progress;
        int completed;
        long rows;

        Stage(StageInfo info, PrintStream out) {
            this.tasks = Math.max(1, info.numTasks());
            this.progress = new Progress("spark stage " + info.stageId(), out, () -> (double) completed / tasks,
                    INTERVAL_MILLIS);
        }
    }

    @Override
    public void onStageSubmitted(SparkListenerStageSubmitted submitted) {
        StageInfo info = submitted.stageInfo();
        stages.put(info.stageId(), new Stage(info, out));
    }

    @Override
    public void onTaskEnd(SparkListenerTaskEnd end) {
        Stage stage = stages.get(end.stageId());
        if (stage == null) {
            return;
        }
        stage.completed++;
        TaskMetrics metrics = end.taskMetrics();
        if (metrics != null) {
            stage.rows += metrics.inputMetrics().recordsRead() + metrics.shuffleReadMetrics().recordsRead();
        }
        stage.progress.update(stage.rows, 0);
    }

    @Override
    public void onStageCompleted(SparkListenerStageCompleted completed) {
        Stage stage = stages.remove(completed.stageInfo().stageId());
        if (stage != null && System.nanoTime() - stage.started > INTERVAL_MILLIS * 1_000_000L) {
            stage.progress.finish(stage.rows, 0);
        }
    }
}

package org.ringscope.spark;

import org.apache.spark.sql.SparkSession;

import java.nio.file.Path;

/**
 * A Spark session for one process: {@code local[N]} by default, or whatever master {@code spark.master} names (a
 * cluster's, when the job is submitted there). The UI is off and the driver binds to loopback, so a job on a
 * laptop or a CI runner opens no public port.
 */
public final class LocalSpark {
    private LocalSpark() {
    }

    public static SparkSession start(String master, Path scratch, int shufflePartitions) {
        return SparkSession.builder()
                .appName("ringscope")
                .master(System.getProperty("spark.master", master))
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.local.dir", scratch.toAbsolutePath().toString())
                .config("spark.sql.shuffle.partitions", String.valueOf(shufflePartitions))
                .config("spark.sql.adaptive.enabled", "true")
                .getOrCreate();
    }
}

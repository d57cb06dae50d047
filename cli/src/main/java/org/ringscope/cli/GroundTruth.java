package org.ringscope.cli;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Reads {@code truth.csv} (account_id, ring_id, typology) as planted account to typology. */
public final class GroundTruth {
    private GroundTruth() {
    }

    public static Map<String, String> read(Path file) throws IOException {
        Map<String, String> truth = new HashMap<>();
        try (Reader in = Files.newBufferedReader(file)) {
            for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                truth.put(r.get("account_id"), r.get("typology"));
            }
        }
        return truth;
    }
}

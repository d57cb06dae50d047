package org.ringscope.spark;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.ringscope.core.IdentifierKinds;
import org.ringscope.features.graph.IdentityGraph;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** A links table read into the in-memory graph, each account–identifier pair once with its earliest use. */
final class LinksFile {
    private LinksFile() {
    }

    static IdentityGraph read(Path file, IdentifierKinds kinds) throws IOException {
        Map<String, Long> earliest = new HashMap<>();
        Map<String, String[]> fields = new HashMap<>();
        try (Reader r = Files.newBufferedReader(file);
             CSVParser csv = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
            for (CSVRecord row : csv) {
                String pair = row.get(0) + '\u0000' + row.get(1) + '\u0000' + row.get(2);
                long first = Long.parseLong(row.get(3));
                Long known = earliest.get(pair);
                if (known == null) {
                    fields.put(pair, new String[]{row.get(0), row.get(1), row.get(2)});
                }
                if (known == null || first < known) {
                    earliest.put(pair, first);
                }
            }
        }
        IdentityGraph.Builder builder = IdentityGraph.builder(kinds);
        earliest.forEach((pair, first) -> {
            String[] f = fields.get(pair);
            builder.link(f[0], f[1], f[2], first);
        });
        return builder.build();
    }
}

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
        Map<String, Link> earliest = new HashMap<>();   // "account kind key" -> its earliest use
        try (Reader r = Files.newBufferedReader(file);
             CSVParser csv = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
            for (CSVRecord row : csv) {
                Link link = new Link(row.get(0), row.get(1), row.get(2), Long.parseLong(row.get(3)));
                earliest.merge(link.account + '\u0000' + link.kind + '\u0000' + link.key, link,
                        (known, next) -> next.firstSeen < known.firstSeen ? next : known);
            }
        }
        IdentityGraph.Builder builder = IdentityGraph.builder(kinds);
        earliest.values().forEach(l -> builder.link(l.account, l.kind, l.key, l.firstSeen));
        return builder.build();
    }

    private record Link(String account, String kind, String key, long firstSeen) {
    }
}

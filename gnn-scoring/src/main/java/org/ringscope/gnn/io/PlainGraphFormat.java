package org.ringscope.gnn.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.ringscope.gnn.graph.DirectRelation;
import org.ringscope.gnn.graph.GraphData;
import org.ringscope.gnn.graph.Relation;

/**
 * Reads the plain benchmark layout (see gnn-scoring/README.md): {@code nodes.csv} with
 * {@code node_id,label[,time],<features...>}, one {@code edges_<relation>.csv} per relation ({@code src,dst}),
 * and optional {@code splits_train.csv}, {@code splits_val.csv}, {@code splits_test.csv} (one 0/1 row per split).
 */
public final class PlainGraphFormat {

    private static final String EDGE_PREFIX = "edges_";
    private static final String UNDIRECTED = "undirected";

    private PlainGraphFormat() {
    }

    public static PlainGraph load(Path dir) throws IOException {
        Nodes nodes = readNodes(dir.resolve("nodes.csv"));
        List<Relation> relations = new ArrayList<>();
        for (Path file : edgeFiles(dir)) {
            String fileName = file.getFileName().toString();
            String name = fileName.substring(EDGE_PREFIX.length(), fileName.length() - ".csv".length());
            boolean undirected = name.equals(UNDIRECTED) || name.endsWith("_" + UNDIRECTED);
            relations.add(readEdges(file, name, nodes.count(), undirected));
        }
        List<PlainGraph.Split> splits = readSplits(dir, nodes.count());
        GraphData graph = new GraphData(nodes.featureNames(), nodes.features(), relations);
        return new PlainGraph(graph, nodes.labels(), nodes.times(), splits);
    }

    private record Nodes(int count, List<String> featureNames, float[] features, int[] labels, double[] times) {
    }

    private static Nodes readNodes(Path file) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader reader = Files.newBufferedReader(file); CSVParser parser = CSVParser.parse(reader, format)) {
            List<String> header = parser.getHeaderNames();
            if (header.size() < 3 || !header.get(0).equals("node_id") || !header.get(1).equals("label")) {
                throw new IOException(file + ": header must start with node_id,label and name at least one feature");
            }
            boolean hasTime = header.get(2).equals("time");
            int firstFeature = hasTime ? 3 : 2;
            List<String> featureNames = header.subList(firstFeature, header.size());
            List<CSVRecord> records = parser.getRecords();
            int n = records.size();
            int width = featureNames.size();
            float[] features = new float[n * width];
            int[] labels = new int[n];
            double[] times = hasTime ? new double[n] : null;
            boolean[] seen = new boolean[n];
            for (CSVRecord record : records) {
                int id = Integer.parseInt(record.get(0).trim());
                if (id < 0 || id >= n || seen[id]) {
                    throw new IOException(file + ": node ids must be 0.." + (n - 1) + " once each; got " + id);
                }
                seen[id] = true;
                String label = record.get(1).trim();
                labels[id] = label.isEmpty() ? -1 : Integer.parseInt(label);
                if (hasTime) {
                    times[id] = parseOrNaN(record.get(2));
                }
                for (int c = 0; c < width; c++) {
                    features[id * width + c] = (float) parseOrNaN(record.get(firstFeature + c));
                }
            }
            return new Nodes(n, List.copyOf(featureNames), features, labels, times);
        }
    }

    private static double parseOrNaN(String text) {
        String t = text.trim();
        return t.isEmpty() ? Double.NaN : Double.parseDouble(t);
    }

    private static List<Path> edgeFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> {
                String name = p.getFileName().toString();
                return name.startsWith(EDGE_PREFIX) && name.endsWith(".csv");
            }).sorted().toList();
        }
    }

    /** Edge tables are large (Tolokers: 519k rows) and plain: split by hand rather than through a CSV parser. */
    private static DirectRelation readEdges(Path file, String name, int nodeCount, boolean undirected)
            throws IOException {
        IntList src = new IntList();
        IntList dst = new IntList();
        try (BufferedReader reader = Files.newBufferedReader(file)) {
            String header = reader.readLine();
            if (header == null || !header.trim().equals("src,dst")) {
                throw new IOException(file + ": header must be src,dst");
            }
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                int comma = line.indexOf(',');
                src.add(Integer.parseInt(line.substring(0, comma).trim()));
                dst.add(Integer.parseInt(line.substring(comma + 1).trim()));
            }
        }
        return DirectRelation.fromEdges(name, nodeCount, src.toArray(), dst.toArray(), undirected);
    }

    private static List<PlainGraph.Split> readSplits(Path dir, int nodeCount) throws IOException {
        Path train = dir.resolve("splits_train.csv");
        if (!Files.exists(train)) {
            return List.of();
        }
        List<boolean[]> trains = readMasks(train, nodeCount);
        List<boolean[]> vals = readMasks(dir.resolve("splits_val.csv"), nodeCount);
        List<boolean[]> tests = readMasks(dir.resolve("splits_test.csv"), nodeCount);
        if (vals.size() != trains.size() || tests.size() != trains.size()) {
            throw new IOException(dir + ": split files disagree on the number of splits");
        }
        List<PlainGraph.Split> splits = new ArrayList<>();
        for (int i = 0; i < trains.size(); i++) {
            splits.add(new PlainGraph.Split(trains.get(i), vals.get(i), tests.get(i)));
        }
        return splits;
    }

    private static List<boolean[]> readMasks(Path file, int nodeCount) throws IOException {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.filter(l -> !l.isBlank()).map(line -> {
                String[] cells = line.split(",");
                if (cells.length != nodeCount) {
                    throw new UncheckedIOException(new IOException(file + ": a split row has " + cells.length
                            + " values for " + nodeCount + " nodes"));
                }
                boolean[] mask = new boolean[nodeCount];
                for (int i = 0; i < nodeCount; i++) {
                    mask[i] = cells[i].trim().equals("1");
                }
                return mask;
            }).toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** A growable int array, to avoid boxing half a million edges. */
    private static final class IntList {
        private int[] values = new int[1024];
        private int size;

        void add(int value) {
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        int[] toArray() {
            return java.util.Arrays.copyOf(values, size);
        }
    }
}

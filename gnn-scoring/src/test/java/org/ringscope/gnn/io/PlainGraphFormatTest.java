package org.ringscope.gnn.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ringscope.gnn.graph.Relation;

class PlainGraphFormatTest {

    static Path sharedData() {
        String env = System.getenv("RINGSCOPE_SHARED_DATA");
        return env != null ? Path.of(env) : Path.of("..", "..", "shared", "data");
    }

    @Test
    void loadsTolokersWithItsOfficialSplits() throws IOException {
        PlainGraph tolokers = PlainGraphFormat.load(sharedData().resolve("tolokers"));

        assertThat(tolokers.graph().nodeCount()).isEqualTo(11_758);
        assertThat(tolokers.graph().featureCount()).isEqualTo(10);
        assertThat(tolokers.graph().featureNames()).startsWith("f0", "f1");
        assertThat(tolokers.graph().relationNames()).containsExactly("undirected");
        assertThat(tolokers.times()).isNull();
        assertThat(tolokers.splits()).hasSize(10);
        PlainGraph.Split first = tolokers.splits().get(0);
        assertThat(first.trainCount()).isEqualTo(5_879);
        assertThat(first.valCount()).isEqualTo(2_939);
        assertThat(first.testCount()).isEqualTo(2_940);
        long banned = Arrays.stream(tolokers.labels()).filter(l -> l == 1).count();
        assertThat(banned / 11_758.0).isBetween(0.21, 0.23);
        Relation edges = tolokers.graph().relations().get(0);
        long directedEdges = 0;
        for (int v = 0; v < 11_758; v++) {
            directedEdges += edges.degree(v);
        }
        assertThat(directedEdges).isEqualTo(2 * 519_000L);
    }

    @Test
    void loadsATinyHandWrittenGraph(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("nodes.csv"), """
                node_id,label,time,amount,age
                2,1,300,5.5,
                0,0,100,1.0,30
                1,,200,2.0,40
                """);
        Files.writeString(dir.resolve("edges_phone_undirected.csv"), "src,dst\n0,1\n");
        Files.writeString(dir.resolve("edges_paid.csv"), "src,dst\n2,0\n2,1\n");
        Files.writeString(dir.resolve("splits_train.csv"), "1,0,0\n0,1,0\n");
        Files.writeString(dir.resolve("splits_val.csv"), "0,1,0\n1,0,0\n");
        Files.writeString(dir.resolve("splits_test.csv"), "0,0,1\n0,0,1\n");

        PlainGraph g = PlainGraphFormat.load(dir);

        assertThat(g.graph().nodeCount()).isEqualTo(3);
        assertThat(g.graph().featureNames()).containsExactly("amount", "age");
        assertThat(g.labels()).containsExactly(0, -1, 1);
        assertThat(g.times()).containsExactly(100, 200, 300);
        assertThat(g.graph().feature(2, 0)).isEqualTo(5.5f);
        assertThat(g.graph().feature(2, 1)).isNaN();
        assertThat(g.graph().relationNames()).containsExactly("paid", "phone_undirected");
        Relation paid = g.graph().relations().get(0);
        Relation phone = g.graph().relations().get(1);
        assertThat(paid.degree(2)).isEqualTo(2);
        assertThat(paid.degree(0)).isZero();
        assertThat(phone.degree(1)).isEqualTo(1);
        int[] out = new int[1];
        phone.sample(1, 1, new SplittableRandom(1), out, 0);
        assertThat(out[0]).isZero();
        assertThat(g.splits()).hasSize(2);
        assertThat(g.splits().get(1).train()).containsExactly(false, true, false);
        assertThat(g.splits().get(1).val()).containsExactly(true, false, false);
    }

    @Test
    void rejectsASplitRowOfTheWrongLength(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("nodes.csv"), "node_id,label,x\n0,0,1\n1,1,2\n");
        Files.writeString(dir.resolve("splits_train.csv"), "1,0,1\n");
        Files.writeString(dir.resolve("splits_val.csv"), "0,1\n");
        Files.writeString(dir.resolve("splits_test.csv"), "0,1\n");

        assertThatThrownBy(() -> PlainGraphFormat.load(dir)).isInstanceOf(IOException.class)
                .hasMessageContaining("3 values for 2 nodes");
    }
}

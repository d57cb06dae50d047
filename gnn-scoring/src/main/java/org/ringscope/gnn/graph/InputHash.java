package org.ringscope.gnn.graph;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.SplittableRandom;

/**
 * SHA-256 of everything a training run saw (features, labels, masks, relation structure), so that a registered
 * model can be traced to its exact inputs and a retrain on the same inputs recognised.
 */
public final class InputHash {

    /** Fixed seed for the fingerprint of relations whose structure is not visible (not one of ours). */
    private static final long OPAQUE_RELATION_SEED = 0x5eed_f00dL;
    private static final int OPAQUE_SAMPLES = 8;

    private InputHash() {
    }

    public static String of(GraphData graph, int[] labels, boolean[] train, boolean[] val) {
        MessageDigest digest = sha256();
        for (String name : graph.featureNames()) {
            text(digest, name);
        }
        ints(digest, graph.nodeCount(), graph.featureCount());
        ByteBuffer row = ByteBuffer.allocate(Float.BYTES * graph.featureCount());
        for (int v = 0; v < graph.nodeCount(); v++) {
            row.clear();
            for (int c = 0; c < graph.featureCount(); c++) {
                row.putFloat(graph.feature(v, c));
            }
            digest.update(row.array());
        }
        ints(digest, labels);
        bools(digest, train);
        bools(digest, val);
        for (Relation relation : graph.relations()) {
            text(digest, relation.name());
            relation(digest, relation, graph.nodeCount());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void relation(MessageDigest digest, Relation relation, int nodeCount) {
        if (relation instanceof DirectRelation direct) {
            text(digest, "direct");
            ints(digest, direct.offsets());
            ints(digest, direct.targets());
        } else if (relation instanceof TwoHopRelation twoHop) {
            text(digest, "two-hop");
            ints(digest, twoHop.nodeToViaOffsets());
            ints(digest, twoHop.nodeToVia());
            ints(digest, twoHop.viaToNodeOffsets());
            ints(digest, twoHop.viaToNode());
        } else {
            // Only degrees and seeded samples are visible: a fingerprint, not a proof of identical structure.
            text(digest, "opaque");
            int[] sample = new int[OPAQUE_SAMPLES];
            for (int v = 0; v < nodeCount; v++) {
                ints(digest, relation.degree(v));
                if (relation.sample(v, OPAQUE_SAMPLES, new SplittableRandom(OPAQUE_RELATION_SEED + v), sample, 0)) {
                    ints(digest, sample);
                }
            }
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static void text(MessageDigest digest, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        ints(digest, bytes.length);
        digest.update(bytes);
    }

    private static void ints(MessageDigest digest, int... values) {
        ByteBuffer buffer = ByteBuffer.allocate(Integer.BYTES * (values.length + 1));
        buffer.putInt(values.length);
        for (int value : values) {
            buffer.putInt(value);
        }
        digest.update(buffer.array());
    }

    private static void bools(MessageDigest digest, boolean[] values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) (values[i] ? 1 : 0);
        }
        ints(digest, values.length);
        digest.update(bytes);
    }
}

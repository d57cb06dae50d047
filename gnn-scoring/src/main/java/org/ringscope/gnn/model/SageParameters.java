package org.ringscope.gnn.model;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The learned weights as plain Java arrays, engine-independent: what early stopping keeps and what the registry
 * stores (a small binary format: magic, version, then name, shape and float values per tensor).
 */
public final class SageParameters {

    public static final String LAYER1_WEIGHT = "layer1.weight";
    public static final String LAYER1_BIAS = "layer1.bias";
    public static final String LAYER2_WEIGHT = "layer2.weight";
    public static final String LAYER2_BIAS = "layer2.bias";
    public static final String HEAD_WEIGHT = "head.weight";
    public static final String HEAD_BIAS = "head.bias";

    private static final int MAGIC = 0x52534750; // "RSGP"
    private static final int FORMAT_VERSION = 1;

    /** One tensor: its shape and row-major values. */
    public record Tensor(long[] shape, float[] values) {
        public Tensor {
            shape = shape.clone();
            values = values.clone();
            if (Arrays.stream(shape).reduce(1, (a, b) -> a * b) != values.length) {
                throw new IllegalArgumentException("shape " + Arrays.toString(shape) + " does not hold "
                        + values.length + " values");
            }
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Tensor t && Arrays.equals(shape, t.shape) && Arrays.equals(values, t.values);
        }

        @Override
        public int hashCode() {
            return 31 * Arrays.hashCode(shape) + Arrays.hashCode(values);
        }
    }

    private final Map<String, Tensor> tensors;

    public SageParameters(Map<String, Tensor> tensors) {
        this.tensors = Collections.unmodifiableMap(new LinkedHashMap<>(tensors));
    }

    /**
     * Fresh weights for inputWidth input columns and relationCount relations. Each layer's weight maps the
     * concatenation [self, mean of relation 1, ..., mean of relation R] to the hidden size, which is the same as
     * one self matrix plus one matrix per relation, summed. Glorot-uniform from the seed.
     */
    public static SageParameters initial(int inputWidth, int relationCount, int hidden, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        Map<String, Tensor> t = new LinkedHashMap<>();
        t.put(LAYER1_WEIGHT, glorot((long) (1 + relationCount) * inputWidth, hidden, rng));
        t.put(LAYER1_BIAS, new Tensor(new long[] {hidden}, new float[hidden]));
        t.put(LAYER2_WEIGHT, glorot((long) (1 + relationCount) * hidden, hidden, rng));
        t.put(LAYER2_BIAS, new Tensor(new long[] {hidden}, new float[hidden]));
        t.put(HEAD_WEIGHT, glorot(hidden, 1, rng));
        t.put(HEAD_BIAS, new Tensor(new long[] {1}, new float[1]));
        return new SageParameters(t);
    }

    private static Tensor glorot(long in, long out, SplittableRandom rng) {
        double limit = Math.sqrt(6.0 / (in + out));
        float[] values = new float[(int) (in * out)];
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) ((rng.nextDouble() * 2 - 1) * limit);
        }
        return new Tensor(new long[] {in, out}, values);
    }

    public Map<String, Tensor> tensors() {
        return tensors;
    }

    public Tensor get(String name) {
        Tensor t = tensors.get(name);
        if (t == null) {
            throw new IllegalArgumentException("no parameter " + name);
        }
        return t;
    }

    public void write(OutputStream out) throws IOException {
        DataOutputStream data = new DataOutputStream(out);
        data.writeInt(MAGIC);
        data.writeInt(FORMAT_VERSION);
        data.writeInt(tensors.size());
        for (Map.Entry<String, Tensor> e : tensors.entrySet()) {
            data.writeUTF(e.getKey());
            long[] shape = e.getValue().shape();
            data.writeInt(shape.length);
            for (long d : shape) {
                data.writeLong(d);
            }
            float[] values = e.getValue().values();
            data.writeInt(values.length);
            for (float v : values) {
                data.writeFloat(v);
            }
        }
        data.flush();
    }

    public static SageParameters read(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(in);
        if (data.readInt() != MAGIC) {
            throw new IOException("not a ringscope parameter file");
        }
        int version = data.readInt();
        if (version != FORMAT_VERSION) {
            throw new IOException("unsupported parameter format version " + version);
        }
        int count = data.readInt();
        Map<String, Tensor> t = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            String name = data.readUTF();
            long[] shape = new long[data.readInt()];
            for (int d = 0; d < shape.length; d++) {
                shape[d] = data.readLong();
            }
            float[] values = new float[data.readInt()];
            for (int v = 0; v < values.length; v++) {
                values[v] = data.readFloat();
            }
            t.put(name, new Tensor(shape, values));
        }
        return new SageParameters(t);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SageParameters p && tensors.equals(p.tensors);
    }

    @Override
    public int hashCode() {
        return tensors.hashCode();
    }
}

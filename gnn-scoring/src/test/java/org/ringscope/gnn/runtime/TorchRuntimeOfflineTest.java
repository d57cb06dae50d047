package org.ringscope.gnn.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import org.junit.jupiter.api.Test;

/**
 * The engine must come up from the jars alone. Surefire runs this module with ai.djl.offline=true and every HTTP(S)
 * proxy pointing at a dead local port, so any download attempt would fail the load.
 */
class TorchRuntimeOfflineTest {

    @Test
    void pyTorchLoadsWithoutNetworkAndComputes() {
        assertThat(System.getProperty("https.proxyHost")).isEqualTo("127.0.0.1");
        assertThat(System.getProperty("https.proxyPort")).isEqualTo("9");

        Engine engine = TorchRuntime.engine();

        assertThat(System.getProperty("ai.djl.offline")).isEqualTo("true");
        assertThat(engine.getEngineName()).isEqualTo("PyTorch");
        try (NDManager manager = TorchRuntime.newManager()) {
            NDArray a = manager.create(new float[] {1, 2, 3, 4}, new ai.djl.ndarray.types.Shape(2, 2));
            assertThat(a.matMul(a).toFloatArray()).containsExactly(7, 10, 15, 22);
        }
    }
}

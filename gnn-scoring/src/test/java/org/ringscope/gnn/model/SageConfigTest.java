package org.ringscope.gnn.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SageConfigTest {

    @Test
    void textualOverridesRoundTripThroughTheMapView() {
        SageConfig tuned = SageConfig.defaults().withOverrides(Map.of("hidden", "32", "fanOuts", "15x5", "lr", "0.01",
                "dropout", "0.3", "epochs", "70", "patience", "9", "l2", "true", "seed", "7"));

        assertThat(tuned.hiddenSize()).isEqualTo(32);
        assertThat(tuned.fanOuts()).containsExactly(15, 5);
        assertThat(tuned.l2Normalize()).isTrue();
        assertThat(SageConfig.defaults().withOverrides(tuned.asMap())).isEqualTo(tuned);
    }

    @Test
    void rejectsUnknownKeysAndImpossibleValues() {
        assertThatThrownBy(() -> SageConfig.defaults().withOverrides(Map.of("hiden", "32")))
                .hasMessageContaining("hiden");
        assertThatThrownBy(() -> SageConfig.defaults().withDropout(1.0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SageConfig.defaults().withFanOuts(0, 5)).isInstanceOf(IllegalArgumentException.class);
    }
}

package org.ringscope.core;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SettingsTest {
    @Test
    void productionModeRefusesToStartWithoutAKey() {
        assertThatThrownBy(() -> Settings.of(Map.of("ringscope.mode", "production")))
                .hasMessageContaining("RINGSCOPE_HASH_KEY");
        assertThat(Settings.of(Map.of("ringscope.mode", "production", "ringscope.hash-key", "k".repeat(32))).hashKey())
                .isEqualTo("k".repeat(32));
        assertThat(Settings.of(Map.of()).hashKey()).isEqualTo(Pseudonymiser.DEMO_KEY);
    }

    @Test
    void kindsCanBeAddedAndDroppedByConfiguration() {
        Settings s = Settings.of(Map.of(
                "ringscope.kind.bank_account.label", "BankAccount",
                "ringscope.kind.bank_account.relationship", "HAS_BANK_ACCOUNT",
                "ringscope.kind.ip_prefix.enabled", "false"));
        assertThat(s.kinds().all()).extracting(IdentifierKind::name)
                .containsExactly("device", "email", "phone", "card", "ip", "address", "bank_account");
        assertThat(s.kinds().require("bank_account").column()).isEqualTo("bank_account");
    }

    @Test
    void badKindsAndNumbersAreRefusedNamingTheSetting() {
        assertThatThrownBy(() -> Settings.of(Map.of("ringscope.kind.x.label", "bad label", "ringscope.kind.x.relationship", "R")))
                .hasMessageContaining("ringscope.kind.x.label");
        assertThatThrownBy(() -> Settings.of(Map.of("ringscope.rings.hub-degree", "many")))
                .hasMessageContaining("ringscope.rings.hub-degree");
        assertThatThrownBy(() -> Settings.of(Map.of("ringscope.rings.adoption-kinds", "address,adress")))
                .hasMessageContaining("ringscope.rings.adoption-kinds").hasMessageContaining("'adress'");
        // switching a kind off does not make the rules that name it invalid
        assertThat(Settings.of(Map.of("ringscope.kind.card.enabled", "false")).kinds().byName("card")).isEmpty();
    }
}

package org.ringscope.core;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PseudonymiserTest {
    private final Pseudonymiser p = new Pseudonymiser("a-key-of-sixteen-chars");

    @Test
    void sameValueSameKindSameKeyGivesTheSamePseudonym() {
        assertThat(p.pseudonym("email", "jane@gmail.com")).isEqualTo(p.pseudonym("email", "jane@gmail.com"))
                .hasSize(32).matches("[0-9a-f]+");
    }

    @Test
    void kindAndKeyBothChangeThePseudonym() {
        assertThat(p.pseudonym("email", "x")).isNotEqualTo(p.pseudonym("device", "x"));
        assertThat(new Pseudonymiser("another-key-of-16-chars").pseudonym("email", "x")).isNotEqualTo(p.pseudonym("email", "x"));
    }

    @Test
    void shortKeysAreRefusedWithAHint() {
        assertThatThrownBy(() -> new Pseudonymiser("short")).hasMessageContaining("openssl rand");
    }
}

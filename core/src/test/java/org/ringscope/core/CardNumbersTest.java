package org.ringscope.core;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CardNumbersTest {
    @Test
    void fullCardNumbersAreFoundAnywhereInText() {
        assertThat(CardNumbers.containsCardNumber("4111111111111111")).isTrue();
        assertThat(CardNumbers.containsCardNumber("4111 1111 1111 1111")).isTrue();
        assertThat(CardNumbers.containsCardNumber("card 5500-0000-0000-0004 on file")).isTrue();
        assertThat(CardNumbers.containsCardNumber("378282246310005")).as("15-digit Amex").isTrue();
    }

    @Test
    void otherNumbersAreNot() {
        assertThat(CardNumbers.containsCardNumber("4111111111111112")).as("fails Luhn").isFalse();
        assertThat(CardNumbers.containsCardNumber("411111******1111")).as("BIN+last4").isFalse();
        assertThat(CardNumbers.containsCardNumber("411111111111")).as("12 digits").isFalse();
        assertThat(CardNumbers.containsCardNumber("41111111111111111111111")).as("23 digits").isFalse();
        assertThat(CardNumbers.containsCardNumber("12 Oak Street, Apt 4")).isFalse();
    }
}

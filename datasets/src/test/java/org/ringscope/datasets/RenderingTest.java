package org.ringscope.datasets;

import org.junit.jupiter.api.Test;
import org.ringscope.core.CardNumbers;
import org.ringscope.core.InvalidValueException;
import org.ringscope.core.Normalisers;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The ways one identifier is written all normalise to one value: spelling variants link, they do not split. */
class RenderingTest {
    private final Normalisers normalisers = new Normalisers("US");
    private final Rng rng = new Rng(5);

    @Test
    void everyPhoneStyleIsTheSameNumber() throws InvalidValueException {
        PhoneNumber phone = PhoneNumber.fromSerial(123_456_789L);
        Set<String> normalised = new HashSet<>();
        for (int style = 0; style < PhoneNumber.styles(); style++) {
            String raw = phone.format(style);
            assertThat(CardNumbers.containsCardNumber(raw)).isFalse();
            normalised.add(normalisers.phone(raw));
        }
        assertThat(normalised).hasSize(1);
        assertThat(normalised.iterator().next()).startsWith("+1").hasSize(12);
    }

    @Test
    void emailVariantsReachOneMailbox() throws InvalidValueException {
        for (int i = 0; i < 50; i++) {
            EmailAddress email = EmailAddress.forName(rng, "Mary", "ONeil");
            Set<String> normalised = new HashSet<>();
            for (int k = 0; k < 100; k++) {
                normalised.add(Normalisers.email(email.render(rng)));
            }
            assertThat(normalised).as(email.canonical()).hasSize(1);
        }
        EmailAddress gmail = new EmailAddress("john.smith1987", "gmail.com");
        for (int k = 0; k < 100; k++) {
            assertThat(Normalisers.email(gmail.gmailVariant(rng))).isEqualTo("johnsmith1987@gmail.com");
        }
    }

    @Test
    void addressVariantsWithTheirZipCodeAreOneAddress() throws InvalidValueException {
        for (long serial = 0; serial < 2_000_000; serial += 99_991) {
            PostalAddress address = PostalAddress.fromSerial(serial, (int) (serial % 3 == 0 ? 0 : serial % 97 + 1));
            Set<String> normalised = new HashSet<>();
            for (int k = 0; k < 60; k++) {
                String raw = address.render(rng);
                if (raw.endsWith(address.city().zip())) {
                    normalised.add(Normalisers.address(raw));
                }
            }
            assertThat(normalised).as(address.toString()).hasSize(1);
        }
    }

    @Test
    void distinctSerialsGiveDistinctAddressesAndPhones() {
        Permutation addresses = new Permutation(PostalAddress.CAPACITY, 1);
        Permutation phones = new Permutation(PhoneNumber.CAPACITY, 1);
        Set<PostalAddress> seenAddresses = new HashSet<>();
        Set<PhoneNumber> seenPhones = new HashSet<>();
        for (long i = 0; i < 50_000; i++) {
            assertThat(seenAddresses.add(PostalAddress.fromSerial(addresses.apply(i), 0))).isTrue();
            assertThat(seenPhones.add(PhoneNumber.fromSerial(phones.apply(i)))).isTrue();
        }
    }

    @Test
    void deviceIdsAndTokensNeverLookLikeCardNumbers() {
        for (int i = 0; i < 20_000; i++) {
            assertThat(CardNumbers.containsCardNumber(Device.any(rng).id())).isFalse();
            assertThat(CardNumbers.containsCardNumber(Cards.token(rng))).isFalse();
        }
        // Even an all-digit value is broken up before it could be taken for a card number.
        String digits = "4111111111111111";
        assertThat(SafeText.breakDigitRuns(digits)).hasSize(16).doesNotMatch(".*\\d{13}.*");
        assertThat(SafeText.breakDigitRuns("41111111-1111-1111-aaaa")).satisfies(v ->
                assertThat(CardNumbers.containsCardNumber(v)).isFalse());
    }
}

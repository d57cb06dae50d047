package org.ringscope.core;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NormalisersTest {
    private final Normalisers n = new Normalisers("US");

    @Test
    void emailVariantsThatReachTheSameMailboxMeet() throws Exception {
        assertThat(Normalisers.email(" Jane.Doe+shop@GMail.com ")).isEqualTo("janedoe@gmail.com");
        assertThat(Normalisers.email("jane.doe@googlemail.com")).isEqualTo("janedoe@gmail.com");
        assertThat(Normalisers.email("Jane.Doe+x@outlook.com")).isEqualTo("jane.doe@outlook.com");
        assertThat(Normalisers.email("jane-news@yahoo.com")).isEqualTo("jane@yahoo.com");
        // Other providers may treat dots and tags as distinct mailboxes: left alone.
        assertThat(Normalisers.email("jane.doe+x@example.org")).isEqualTo("jane.doe+x@example.org");
        assertThatThrownBy(() -> Normalisers.email("not-an-email")).hasMessageContaining("not an e-mail");
    }

    @Test
    void phonesBecomeE164() throws Exception {
        assertThat(n.phone("(415) 555-0101")).isEqualTo("+14155550101");
        assertThat(n.phone("+1 415 555 0101")).isEqualTo("+14155550101");
        assertThat(n.phone("0044 20 7946 0958")).isEqualTo("+442079460958");
        assertThat(new Normalisers("GB").phone("020 7946 0958")).isEqualTo("+442079460958");
        assertThatThrownBy(() -> n.phone("call me")).hasMessageContaining("not a phone number");
        assertThatThrownBy(() -> n.phone("12")).hasMessageContaining("phone number");
        assertThatThrownBy(() -> new Normalisers("XX")).hasMessageContaining("default-region");
    }

    @Test
    void addressesGetOneCanonicalSpelling() throws Exception {
        assertThat(Normalisers.address("12 Oak Street, Apt 4")).isEqualTo("12 OAK ST APT 4");
        assertThat(Normalisers.address("12  oak st. #4")).isEqualTo("12 OAK ST APT 4");
        assertThat(Normalisers.address("12 Oak St Apartment 4")).isEqualTo("12 OAK ST APT 4");
        assertThatThrownBy(() -> Normalisers.address(" ,. ")).hasMessageContaining("blank");
    }

    @Test
    void ipsAreCanonicalAndHaveAPrefix() throws Exception {
        assertThat(Normalisers.ip("203.000.113.007")).isEqualTo("203.0.113.7");
        assertThat(Normalisers.ipPrefix("203.0.113.7")).isEqualTo("203.0.113.0/24");
        assertThat(Normalisers.ip("2001:DB8:0:0:0:0:0:1")).isEqualTo("2001:db8::1");
        assertThat(Normalisers.ipPrefix("2001:db8:1:2:3:4:5:6")).isEqualTo("2001:db8:1:2::/64");
        assertThat(Normalisers.ip("::ffff:192.0.2.1")).isEqualTo("::ffff:c000:201");
        assertThatThrownBy(() -> Normalisers.ip("999.1.1.1")).hasMessageContaining("IP address");
        assertThatThrownBy(() -> Normalisers.ip("example.com")).hasMessageContaining("IP address");
    }

    @Test
    void cardReferencesAndTokens() throws Exception {
        assertThat(Normalisers.card("411111******1111")).isEqualTo("411111*1111");
        assertThat(Normalisers.card("411111-XXXX-1111")).isEqualTo("411111*1111");
        assertThat(Normalisers.card("411111|1111")).isEqualTo("411111*1111");
        assertThat(Normalisers.card(" tok_AbC ")).isEqualTo("TOK_ABC");
        assertThat(Normalisers.token(" DEV-1 ")).isEqualTo("dev-1");
    }
}

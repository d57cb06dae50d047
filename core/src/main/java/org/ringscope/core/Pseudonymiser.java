package org.ringscope.core;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

/**
 * Keyed hash of identifier values (HMAC-SHA256, truncated to 128 bits, hex). The kind is part of the message,
 * so the same string as an e-mail and as a device id hashes differently. Without the key a hash cannot be
 * reversed by guessing common values, which a plain SHA-256 of an e-mail address could.
 */
public final class Pseudonymiser {
    /** The key used by {@code demo} mode only; never acceptable outside it. */
    public static final String DEMO_KEY = "ringscope-demo-key-not-secret";
    private static final HexFormat HEX = HexFormat.of();
    private final ThreadLocal<Mac> macs;

    public Pseudonymiser(String key) {
        if (key == null || key.length() < 16) {
            throw new IllegalArgumentException("the pseudonymisation key (ringscope.hash-key or RINGSCOPE_HASH_KEY) must be"
                    + " at least 16 characters; generate one with: openssl rand -hex 32");
        }
        byte[] keyBytes = key.getBytes(StandardCharsets.UTF_8);
        this.macs = ThreadLocal.withInitial(() -> {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(keyBytes, "HmacSHA256"));
                return mac;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("HmacSHA256 unavailable in this JVM", e);
            }
        });
    }

    /** The pseudonym of a normalised value of the given kind: 32 hex characters. */
    public String pseudonym(String kindName, String normalisedValue) {
        Mac mac = macs.get();
        mac.update(kindName.getBytes(StandardCharsets.UTF_8));
        mac.update((byte) 0);
        byte[] digest = mac.doFinal(normalisedValue.getBytes(StandardCharsets.UTF_8));
        return HEX.formatHex(digest, 0, 16);
    }
}

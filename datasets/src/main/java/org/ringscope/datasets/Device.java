package org.ringscope.datasets;

import java.util.Locale;

/**
 * A device as the client's fingerprinting sees it. The id format follows the platform: an upper-case UUID for iOS
 * (identifierForVendor), 16 hex digits for Android, a browser fingerprint token, or a lower-case UUID for
 * desktop apps.
 *
 * @param mobile whether it is a phone (phones mostly go online through their carrier)
 */
record Device(String id, boolean mobile) {
    private static final char[] HEX = "0123456789abcdef".toCharArray();
    private static final char[] BASE36 = "0123456789abcdefghijklmnopqrstuvwxyz".toCharArray();

    static Device phone(Rng rng) {
        return rng.chance(0.55) ? new Device(uuid(rng).toUpperCase(Locale.ROOT), true)
                : new Device(SafeText.breakDigitRuns(hex(rng, 16)), true);
    }

    static Device computer(Rng rng) {
        return rng.chance(0.6) ? new Device(fingerprint(rng), false) : new Device(uuid(rng), false);
    }

    static Device any(Rng rng) {
        return rng.chance(0.6) ? phone(rng) : computer(rng);
    }

    private static String uuid(Rng rng) {
        String h = hex(rng, 32);
        return SafeText.breakDigitRuns(h.substring(0, 8) + "-" + h.substring(8, 12) + "-4" + h.substring(13, 16) + "-"
                + "89ab".charAt(rng.nextInt(4)) + h.substring(17, 20) + "-" + h.substring(20));
    }

    private static String fingerprint(Rng rng) {
        StringBuilder b = new StringBuilder("fp_");
        for (int i = 0; i < 22; i++) {
            b.append(BASE36[rng.nextInt(BASE36.length)]);
        }
        return SafeText.breakDigitRuns(b.toString());
    }

    static String hex(Rng rng, int length) {
        StringBuilder b = new StringBuilder(length);
        long bits = 0;
        for (int i = 0; i < length; i++) {
            if (i % 16 == 0) {
                bits = rng.nextLong();
            }
            b.append(HEX[(int) (bits & 15)]);
            bits >>>= 4;
        }
        return b.toString();
    }
}

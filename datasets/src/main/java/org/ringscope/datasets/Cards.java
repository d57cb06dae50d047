package org.ringscope.datasets;

/**
 * Card references as a payment page hands them over: never the number itself, either an opaque token
 * ({@code tok_...}) or the first six digits and the last four around a mask ({@code 411111******1234}).
 * BIN + last four is not unique: two unrelated cards can print the same, as in real data.
 */
final class Cards {
    /** Share of cards the payment page reports as a token rather than BIN + last four. */
    static final double TOKEN_SHARE = 0.7;
    private static final char[] ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".toCharArray();
    private final String[] bins;
    private final WeightedPool binPopularity;

    /** @param binCount how many issuer BINs exist; popularity among them is mildly heavy-tailed */
    Cards(Rng rng, int binCount) {
        this.bins = new String[binCount];
        for (int i = 0; i < binCount; i++) {
            bins[i] = randomBin(rng);
        }
        this.binPopularity = new WeightedPool(binCount, 0.5);
    }

    String newCard(Rng rng) {
        return rng.chance(TOKEN_SHARE) ? token(rng) : masked(bins[binPopularity.draw(rng)], rng.nextInt(10_000));
    }

    String randomBin(Rng rng) {
        return switch (rng.nextInt(20)) {
            case 0, 1 -> "3" + (rng.chance(0.5) ? "4" : "7") + digits(rng, 4);   // American Express
            case 2, 3, 4, 5, 6, 7 -> "5" + rng.between(1, 5) + digits(rng, 4);  // Mastercard
            default -> "4" + digits(rng, 5);                                    // Visa
        };
    }

    /** BIN and last four around a mask as long as the hidden digits (Amex numbers are 15 long, others 16). */
    static String masked(String bin, int last4) {
        int hidden = (bin.startsWith("34") || bin.startsWith("37") ? 15 : 16) - 10;
        return bin + "*".repeat(hidden) + String.format("%04d", last4);
    }

    static String token(Rng rng) {
        StringBuilder b = new StringBuilder("tok_");
        int digitRun = 0;
        for (int i = 0; i < 24; i++) {
            char c = ALPHANUMERIC[rng.nextInt(ALPHANUMERIC.length)];
            // A long run of digits inside a token could read as a card number; letters break it.
            if (Character.isDigit(c) && ++digitRun > 8) {
                c = ALPHANUMERIC[rng.nextInt(52)];
            }
            if (!Character.isDigit(c)) {
                digitRun = 0;
            }
            b.append(c);
        }
        return b.toString();
    }

    private static String digits(Rng rng, int n) {
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            b.append((char) ('0' + rng.nextInt(10)));
        }
        return b.toString();
    }
}

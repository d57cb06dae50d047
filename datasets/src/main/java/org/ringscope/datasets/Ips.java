package org.ringscope.datasets;

/** Public-looking IPv4 addresses: private, loop-back, documentation, multicast and carrier-NAT blocks are avoided. */
final class Ips {
    private Ips() {
    }

    static String random(Rng rng) {
        return firstOctet(rng) + "." + rng.nextInt(256) + "." + rng.nextInt(256) + "." + rng.between(1, 254);
    }

    /** A /16 block, written {@code a.b.}, to draw a provider's addresses from. */
    static String block(Rng rng) {
        return firstOctet(rng) + "." + rng.nextInt(256) + ".";
    }

    static String inBlock(Rng rng, String block) {
        return block + rng.nextInt(256) + "." + rng.between(1, 254);
    }

    private static int firstOctet(Rng rng) {
        while (true) {
            int a = rng.between(1, 223);
            if (a != 10 && a != 100 && a != 127 && a != 169 && a != 172 && a != 192 && a != 198 && a != 203) {
                return a;
            }
        }
    }
}

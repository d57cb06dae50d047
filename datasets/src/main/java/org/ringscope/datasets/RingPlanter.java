package org.ringscope.datasets;

import java.util.List;

/**
 * Plants one ring of one typology: makes its members, writes their (mostly ordinary) histories and the events
 * that tie them together, and returns the members.
 */
abstract class RingPlanter {
    /** Share of members tied to the rest of the ring through one identifier only. */
    static final double PERIPHERAL_SHARE = 0.15;

    abstract Typology typology();

    abstract List<Person> plant(World world, Rng rng, int size);

    static RingPlanter of(Typology typology) {
        return switch (typology) {
            case SYNTHETIC_IDENTITY -> new SyntheticIdentityRing();
            case ACCOUNT_TAKEOVER -> new AccountTakeoverRing();
            case CARD_TESTING -> new CardTestingRing();
            case MONEY_MULE -> new MoneyMuleRing();
            case BUST_OUT -> new BustOutRing();
        };
    }

    /** The first member is always a core member, so peripheral ones have someone to connect to. */
    static boolean peripheral(Rng rng, int index) {
        return index > 0 && rng.chance(PERIPHERAL_SHARE);
    }

    /**
     * Which of {@code n} link kinds a member uses: exactly one for a peripheral member, else each with its own
     * probability and at least one.
     */
    static boolean[] links(Rng rng, boolean peripheral, double... probabilities) {
        boolean[] use = new boolean[probabilities.length];
        if (peripheral) {
            use[rng.nextInt(use.length)] = true;
            return use;
        }
        boolean any = false;
        for (int i = 0; i < use.length; i++) {
            use[i] = rng.chance(probabilities[i]);
            any |= use[i];
        }
        if (!any) {
            use[rng.nextInt(use.length)] = true;
        }
        return use;
    }

    static PhoneNumber[] newPhones(World w, int n) {
        PhoneNumber[] phones = new PhoneNumber[n];
        for (int i = 0; i < n; i++) {
            phones[i] = w.people().newPhone();
        }
        return phones;
    }

    static PostalAddress[] newAddresses(World w, Rng rng, int n) {
        PostalAddress[] addresses = new PostalAddress[n];
        for (int i = 0; i < n; i++) {
            addresses[i] = w.people().newAddress(rng);
        }
        return addresses;
    }

    static Device[] newDevices(Rng rng, int n) {
        Device[] devices = new Device[n];
        for (int i = 0; i < n; i++) {
            devices[i] = Device.any(rng);
        }
        return devices;
    }

    /**
     * The crew's own connections (residential proxies, rented servers): addresses nobody else uses. Crews also
     * go through public VPN exits, which hide them among legitimate users; planters add that as noise.
     */
    static String[] crewIps(Rng rng, int n) {
        String[] ips = new String[n];
        for (int i = 0; i < n; i++) {
            ips[i] = Ips.random(rng);
        }
        return ips;
    }

    /** The organiser uses everything; other members follow {@link #links} and {@link SharedAssets}. */
    static int[] assignment(Rng rng, SharedAssets assets, int index, boolean peripheral, double... probabilities) {
        return index == 0 ? assets.organiser() : assets.assign(rng, links(rng, peripheral, probabilities));
    }
}

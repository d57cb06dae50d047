package org.ringscope.datasets;

import java.util.ArrayList;
import java.util.List;

/**
 * Throw-away accounts on a few devices (emulators, headless browsers) behind a few IPs, each adding many cards
 * from a couple of issuers and firing a burst of small payments within hours, at any hour (scripts do not sleep).
 * Some stolen cards are tried on several accounts. Peripheral accounts use their own device and network and share
 * only a tested card with the rest.
 */
final class CardTestingRing extends RingPlanter {
    private static final int DEVICE = 0;
    private static final int IP = 1;
    private static final int CARD = 2;

    @Override
    Typology typology() {
        return Typology.CARD_TESTING;
    }

    @Override
    List<Person> plant(World w, Rng rng, int size) {
        Timeline time = w.time();
        Device[] devices = new Device[rng.between(1, 3)];
        for (int i = 0; i < devices.length; i++) {
            devices[i] = Device.computer(rng);
        }
        String[] ips = crewIps(rng, rng.between(1, 3));
        String[] bins = new String[rng.between(1, 3)];
        for (int i = 0; i < bins.length; i++) {
            bins[i] = randomBin(rng);
        }
        String[] reused = new String[Math.max(2, size / 3)];
        for (int i = 0; i < reused.length; i++) {
            reused[i] = stolenCard(rng, bins);
        }
        SharedAssets assets = new SharedAssets(devices.length, ips.length, reused.length);
        long burst = time.at(0.2 + rng.nextDouble() * 0.75);

        List<Person> members = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            long signup = time.humanTime(rng, burst - 14 * Timeline.DAY, burst - Timeline.HOUR);
            Person p = w.fabricated(rng, signup);
            boolean peripheral = peripheral(rng, i);
            int[] use = i == 0 ? assets.organiser()
                    : assets.assign(rng, peripheral ? new boolean[] {false, false, true}
                    : new boolean[] {true, true, rng.chance(0.5)});
            String ip = use[IP] >= 0 ? ips[use[IP]] : Ips.random(rng);
            if (use[DEVICE] >= 0) {
                p.device = devices[use[DEVICE]];
                p.secondDevice = null;
                p.signupIp = ip;
            }
            w.activity().write(rng, p, Activity.Intensity.LIGHT);
            String device = p.device.id();
            long t = time.clamp(burst + rng.within(0, 3 * Timeline.HOUR));
            int tested = rng.between(3, 20);
            for (int k = 0; k < tested; k++) {
                String card;
                if (k == 0 && use[CARD] >= 0) {
                    card = reused[use[CARD]];
                } else if (rng.chance(0.2)) {
                    card = rng.pick(reused);
                } else {
                    card = stolenCard(rng, bins);
                }
                w.sink().accept(Event.addCard(time.clamp(t), p.accountId, card, device, ip));
                w.sink().accept(Event.payment(time.clamp(t + rng.between(5, 90)), p.accountId, card, device, ip, null));
                t += rng.between(10, 300);
            }
            members.add(p);
        }
        return members;
    }

    /** A card from the tested list, written the way the merchant's payment page reports any card. */
    private static String stolenCard(Rng rng, String[] bins) {
        return rng.chance(Cards.TOKEN_SHARE) ? Cards.token(rng) : Cards.masked(rng.pick(bins), rng.nextInt(10_000));
    }

    /** Testers work through lists from a few issuers. */
    private static String randomBin(Rng rng) {
        StringBuilder b = new StringBuilder(rng.chance(0.7) ? "4" : "5" + rng.between(1, 5));
        while (b.length() < 6) {
            b.append((char) ('0' + rng.nextInt(10)));
        }
        return b.toString();
    }
}

package org.ringscope.datasets;

import java.util.ArrayList;
import java.util.List;

/**
 * First-party fraud: people who open accounts early, share a few addresses, phones, cards and devices between
 * them (partners, "authorised users"), behave normally for months and then, within a few days near the end,
 * max out every card with a burst of payments.
 */
final class BustOutRing extends RingPlanter {
    private static final int ADDRESS = 0;
    private static final int PHONE = 1;
    private static final int CARD = 2;
    private static final int DEVICE = 3;

    @Override
    Typology typology() {
        return Typology.BUST_OUT;
    }

    @Override
    List<Person> plant(World w, Rng rng, int size) {
        Timeline time = w.time();
        PostalAddress[] addresses = newAddresses(w, rng, rng.between(1, 3));
        String[] addressIps = crewIps(rng, addresses.length);
        PhoneNumber[] phones = newPhones(w, rng.between(1, 2));
        String[] cards = new String[rng.between(1, 3)];
        for (int i = 0; i < cards.length; i++) {
            cards[i] = w.people().newCard(rng);
        }
        Device[] devices = newDevices(rng, rng.between(1, 2));
        SharedAssets assets = new SharedAssets(addresses.length, phones.length, cards.length, devices.length);

        List<Person> members = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            Person p = w.personAlone(rng, time.humanTime(rng, time.start, time.at(0.35)));
            boolean peripheral = peripheral(rng, i);
            int[] use = assignment(rng, assets, i, peripheral, 0.65, 0.5, 0.45, 0.3);
            if (use[ADDRESS] >= 0) {
                p.address = addresses[use[ADDRESS]];
                // Living there means the home network too, except for the loosely tied.
                p.homeIp = peripheral ? p.homeIp : addressIps[use[ADDRESS]];
            }
            if (use[PHONE] >= 0) {
                p.phone = phones[use[PHONE]];
            }
            if (use[CARD] >= 0) {
                p.sharedCard = cards[use[CARD]];
            }
            if (use[DEVICE] >= 0) {
                p.device = devices[use[DEVICE]];
            }
            w.activity().write(rng, p, Activity.Intensity.NORMAL);
            members.add(p);
        }
        long bust = time.at(0.78 + rng.nextDouble() * 0.18);
        for (Person p : members) {
            long t = time.clamp(bust + rng.within(0, 3 * Timeline.DAY));
            String ip = w.activity().ipFor(rng, p, p.device);
            String extraCard = null;
            if (rng.chance(0.3)) {
                extraCard = w.people().newCard(rng);
                w.sink().accept(Event.addCard(t, p.accountId, extraCard, p.device.id(), ip));
            }
            int payments = rng.between(4, 12);
            for (int k = 0; k < payments; k++) {
                t += rng.between(120, 4 * 3600);
                String card = extraCard != null && rng.chance(0.4) ? extraCard : p.cardAt(rng, time.clamp(t));
                if (card != null) {
                    w.sink().accept(Event.payment(time.clamp(t), p.accountId, card, p.device.id(), ip, null));
                }
            }
        }
        return members;
    }
}

package org.ringscope.datasets;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Made-up identities opened by one operator within days: random names, a couple of burner phones and drop
 * addresses shared between them, a few devices, and e-mails that are variants of one handle. Some variants are
 * the same Gmail mailbox written differently (dots, +tags, capitals: they normalise to one address), others only
 * look alike (another number, another provider) and link nothing by themselves.
 */
final class SyntheticIdentityRing extends RingPlanter {
    private static final int PHONE = 0;
    private static final int ADDRESS = 1;
    private static final int DEVICE = 2;
    private static final int MAILBOX = 3;

    @Override
    Typology typology() {
        return Typology.SYNTHETIC_IDENTITY;
    }

    @Override
    List<Person> plant(World w, Rng rng, int size) {
        PhoneNumber[] phones = newPhones(w, rng.between(1, 2));
        PostalAddress[] drops = newAddresses(w, rng, rng.between(1, 3));
        Device[] devices = newDevices(rng, rng.between(1, 3));
        SharedAssets assets = new SharedAssets(phones.length, drops.length, devices.length, 1);
        String operatorIp = crewIps(rng, 1)[0];
        String stem;
        int year;
        do {
            stem = (rng.pick(Names.FIRST).charAt(0) + rng.pick(Names.LAST)).toLowerCase(Locale.ROOT);
            year = rng.between(1975, 2001);
        } while (!w.people().claimMailbox(new EmailAddress(stem + year, "gmail.com")));
        String handle = stem + year;
        long opening = w.time().at(rng.nextDouble() * 0.6);
        long openingDays = rng.between(1, 10) * Timeline.DAY;

        List<Person> members = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            Person p = w.fabricated(rng, w.time().humanTime(rng, opening, opening + openingDays));
            boolean peripheral = peripheral(rng, i);
            int[] use = assignment(rng, assets, i, peripheral, 0.65, 0.6, 0.5, 0.35);
            if (use[PHONE] >= 0) {
                p.phone = phones[use[PHONE]];
            }
            if (use[ADDRESS] >= 0) {
                p.address = drops[use[ADDRESS]];
            }
            if (use[DEVICE] >= 0) {
                p.device = devices[use[DEVICE]];
                p.secondDevice = null;
                if (!peripheral && rng.chance(0.7)) {
                    p.signupIp = operatorIp;
                }
            }
            if (use[MAILBOX] >= 0) {
                p.email = sameMailbox(rng, handle);
            } else if (rng.chance(0.6)) {
                p.email = lookAlike(w, rng, stem, year);
            }
            members.add(p);
        }
        for (Person p : members) {
            w.activity().write(rng, p, Activity.Intensity.NORMAL);
        }
        return members;
    }

    /** The handle at Gmail with dots placed anywhere and maybe a +tag: one mailbox. */
    private static EmailAddress sameMailbox(Rng rng, String handle) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < handle.length(); i++) {
            if (i > 0 && rng.chance(0.2)) {
                b.append('.');
            }
            b.append(handle.charAt(i));
        }
        if (rng.chance(0.4)) {
            b.append('+').append(rng.between(1, 99));
        }
        return new EmailAddress(b.toString(), "gmail.com");
    }

    /** Similar handle, different (unused) mailbox: another year or number, often another provider. */
    private static EmailAddress lookAlike(World w, Rng rng, String stem, int year) {
        while (true) {
            String number = switch (rng.nextInt(3)) {
                case 0 -> Integer.toString(year + rng.between(1, 4));
                case 1 -> Integer.toString(year % 100);
                default -> Integer.toString(rng.between(1, 999));
            };
            String local = rng.chance(0.3) ? stem.charAt(0) + "." + stem.substring(1) + number : stem + number;
            EmailAddress e = new EmailAddress(local, EmailAddress.randomDomain(rng));
            if (w.people().claimMailbox(e)) {
                return e;
            }
        }
    }
}

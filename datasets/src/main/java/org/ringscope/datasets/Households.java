package org.ringscope.datasets;

import java.util.ArrayList;
import java.util.List;

/**
 * The legitimate population, one household at a time. Members share the address and usually the home IP;
 * some households also share a tablet or PC, a landline, a family card or a family mailbox. Large households (and shared flats of
 * unrelated adults) look much like small rings, on purpose: a detector has to tell them apart.
 */
final class Households {
    /** Household sizes 1, 2, 3, 4 and "5 or more". */
    private static final double[] SIZES = Rng.cumulative(55, 25, 12, 6, 2);

    private final World world;

    Households(World world) {
        this.world = world;
    }

    static int drawSize(Rng rng) {
        int bucket = rng.weighted(SIZES);
        return bucket < 4 ? bucket + 1 : 5 + Math.min(7, rng.poisson(1.2));
    }

    /** Writes one household's history and returns its members. */
    List<Person> write(Rng rng, int size) {
        People people = world.people();
        PostalAddress address = people.newAddress(rng);
        String homeIp = rng.chance(0.92) ? Ips.random(rng) : null;
        boolean sharedFlat = size >= 3 && rng.chance(0.3);
        String familyName = sharedFlat ? null : rng.pick(Names.LAST);
        Device familyDevice = size >= 2 && rng.chance(0.4) ? Device.computer(rng) : null;
        PhoneNumber landline = size >= 2 && !sharedFlat && rng.chance(0.08) ? people.newPhone() : null;
        String familyCard = size >= 2 && !sharedFlat && rng.chance(0.12) ? people.newCard(rng) : null;
        EmailAddress familyEmail = size >= 2 && !sharedFlat && rng.chance(0.06)
                ? people.newFamilyEmail(rng, familyName) : null;
        List<Person> members = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            // Partners and grown-up children mostly share the family name, not always.
            String last = familyName != null && rng.chance(0.85) ? familyName : null;
            Person p = people.newPerson(rng, last, address, homeIp, world.ordinarySignup(rng));
            if (familyDevice != null && (i < 2 || rng.chance(0.6))) {
                p.familyDevice = familyDevice;
            }
            if (landline != null && (i == 0 || rng.chance(0.5))) {
                p.phone = landline;
            }
            if (familyCard != null && (i < 2 || rng.chance(0.3))) {
                p.sharedCard = familyCard;
            }
            if (familyEmail != null && (i < 2 || rng.chance(0.3))) {
                p.email = familyEmail;
            }
            members.add(p);
        }
        for (Person p : members) {
            world.activity().write(rng, p, Activity.Intensity.NORMAL);
        }
        return members;
    }
}

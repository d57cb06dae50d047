package org.ringscope.datasets;

import java.util.ArrayList;
import java.util.List;

/**
 * Recruited people with ordinary lives who start moving money: each new mule is brought in by an earlier one and
 * shares exactly one identifier with that recruiter (uses their phone or device, lists their address, adds their
 * card, logs in from their home network). Mostly a chain, sometimes a tree; sharing is never dense.
 */
final class MoneyMuleRing extends RingPlanter {
    private static final double[] LINK_KINDS = Rng.cumulative(0.35, 0.2, 0.15, 0.1, 0.2);
    private static final int DEVICE = 0;
    private static final int PHONE = 1;
    private static final int HOME_IP = 2;
    private static final int ADDRESS = 3;

    @Override
    Typology typology() {
        return Typology.MONEY_MULE;
    }

    @Override
    List<Person> plant(World w, Rng rng, int size) {
        Timeline time = w.time();
        Activity activity = w.activity();
        List<Person> mules = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            Person p = w.personAlone(rng, w.time().humanTime(rng, time.start, time.at(0.7)));
            activity.write(rng, p, Activity.Intensity.NORMAL);
            mules.add(p);
        }
        // Recruiters were customers before the people they bring in.
        mules.sort(java.util.Comparator.comparingLong(p -> p.signupTs));
        long phase = time.at(0.5 + rng.nextDouble() * 0.4);
        for (int i = 0; i < size; i++) {
            Person mule = mules.get(i);
            long start = Math.max(phase, mule.signupTs + Timeline.DAY);
            if (i > 0) {
                Person recruiter = mules.get(rng.chance(0.6) ? i - 1 : rng.nextInt(i));
                link(w, rng, mule, recruiter, time.clamp(start + rng.within(0, 14 * Timeline.DAY)));
            }
            int payments = rng.between(2, 6);
            for (int k = 0; k < payments; k++) {
                activity.payment(rng, mule, time.humanTime(rng, start, start + 21 * Timeline.DAY));
            }
        }
        return mules;
    }

    /** One event that ties the mule to the recruiter through a single identifier. */
    private static void link(World w, Rng rng, Person mule, Person recruiter, long t) {
        Activity activity = w.activity();
        String account = mule.accountId;
        Device own = mule.device;
        int kind = rng.weighted(LINK_KINDS);
        if (kind == HOME_IP && !recruiter.homeIpSeen) {
            kind = DEVICE;    // an address nobody saw the recruiter use would tie them to nothing
        }
        switch (kind) {
            case DEVICE -> w.sink().accept(Event.login(t, account, recruiter.device.id(),
                    activity.ipFor(rng, mule, recruiter.device)));
            case PHONE -> w.sink().accept(Event.profileChange(t, account, own.id(), activity.ipFor(rng, mule, own),
                    null, recruiter.phone.render(rng), null));
            case HOME_IP -> w.sink().accept(Event.login(t, account, own.id(), recruiter.homeIp));
            case ADDRESS -> w.sink().accept(Event.profileChange(t, account, own.id(), activity.ipFor(rng, mule, own),
                    null, null, recruiter.address.render(rng)));
            default -> {
                String card = recruiter.cards.get(0);
                String ip = activity.ipFor(rng, mule, own);
                // Not before the recruiter had the card.
                long added = w.time().clamp(Math.max(t, recruiter.firstCardTs() + Timeline.HOUR));
                w.sink().accept(Event.addCard(added, account, card, own.id(), ip));
                w.sink().accept(Event.payment(w.time().clamp(added + rng.between(60, 3600)), account, card, own.id(),
                        ip, null));
            }
        }
    }
}

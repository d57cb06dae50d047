package org.ringscope.datasets;

import java.util.ArrayList;
import java.util.List;

/**
 * A crew takes over existing, ordinary accounts (long history, own household) within a few hours: logins from the
 * crew's few devices and IPs, often a password reset first, then an e-mail or phone of the crew's, sometimes a
 * card of theirs, and payments. The victims have nothing in common before the attack. Peripheral victims are only
 * touched from a crew IP, on a device never seen before; some logins also go through public VPN exits.
 */
final class AccountTakeoverRing extends RingPlanter {
    private static final int DEVICE = 0;
    private static final int IP = 1;
    private static final int EMAIL = 2;
    private static final int PHONE = 3;
    private static final int CARD = 4;

    @Override
    Typology typology() {
        return Typology.ACCOUNT_TAKEOVER;
    }

    @Override
    List<Person> plant(World w, Rng rng, int size) {
        Timeline time = w.time();
        List<Person> victims = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            Person v = w.personAlone(rng, time.humanTime(rng, time.start, time.at(0.45)));
            w.activity().write(rng, v, Activity.Intensity.NORMAL);
            victims.add(v);
        }
        Device[] devices = newDevices(rng, rng.between(1, 3));
        String[] ips = crewIps(rng, rng.between(2, 4));
        EmailAddress[] crewEmails = new EmailAddress[rng.between(1, 2)];
        for (int i = 0; i < crewEmails.length; i++) {
            crewEmails[i] = w.people().newEmail(rng, rng.pick(Names.FIRST), rng.pick(Names.LAST));
        }
        PhoneNumber crewPhone = w.people().newPhone();
        String crewCard = w.people().newCard(rng);
        SharedAssets assets = new SharedAssets(devices.length, ips.length, crewEmails.length, 1, 1);
        long attack = time.at(0.55 + rng.nextDouble() * 0.4);
        long window = rng.between(2, 12) * Timeline.HOUR;

        for (int i = 0; i < size; i++) {
            Person v = victims.get(i);
            long t = time.clamp(attack + rng.within(0, window));
            if (peripheral(rng, i)) {
                int[] use = assets.assign(rng, new boolean[] {false, true, false, false, false});
                String device = Device.any(rng).id();
                w.sink().accept(Event.login(t, v.accountId, device, ips[use[IP]]));
                long paid = time.clamp(t + rng.between(60, 1800));
                String card = v.cardAt(rng, paid);
                if (card != null && rng.chance(0.5)) {
                    w.sink().accept(Event.payment(paid, v.accountId, card, device, ips[use[IP]], null));
                }
                continue;
            }
            int[] use = i == 0 ? assets.organiser() : assets.assign(rng,
                    new boolean[] {true, true, rng.chance(0.27), rng.chance(0.18), rng.chance(0.3)});
            String device = devices[use[DEVICE]].id();
            String ip = ips[use[IP]];
            if (rng.chance(0.4)) {
                w.sink().accept(Event.passwordReset(time.clamp(t - rng.between(60, 600)), v.accountId,
                        v.emailAt(t).render(rng), device, ip));
            }
            w.sink().accept(Event.login(t, v.accountId, device, ip));
            if (rng.chance(0.3)) {
                w.sink().accept(Event.login(time.clamp(t + rng.between(60, 3600)), v.accountId, device,
                        w.hubs().vpnIp(rng)));
            }
            long next = t + rng.between(30, 900);
            if (use[EMAIL] >= 0 || use[PHONE] >= 0) {
                w.sink().accept(Event.profileChange(time.clamp(next), v.accountId, device, ip,
                        use[EMAIL] >= 0 ? crewEmails[use[EMAIL]].render(rng) : null,
                        use[PHONE] >= 0 ? crewPhone.render(rng) : null, null));
                next += rng.between(30, 600);
            }
            String card = v.cardAt(rng, next);
            if (use[CARD] >= 0) {
                card = crewCard;
                w.sink().accept(Event.addCard(time.clamp(next), v.accountId, card, device, ip));
                next += rng.between(30, 300);
            }
            int payments = card == null ? 0 : rng.between(1, 3);
            for (int k = 0; k < payments; k++) {
                w.sink().accept(Event.payment(time.clamp(next), v.accountId, card, device, ip, null));
                next += rng.between(60, 1800);
            }
        }
        return victims;
    }
}

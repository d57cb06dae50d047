package org.ringscope.datasets;

/**
 * Writes the ordinary history of one account: sign-up, cards added, repeated logins from the same devices and
 * networks, payments, the odd profile change or password reset, and a visit to a shared device now and then.
 * Legitimate accounts and ring members alike get this history, so ring members look normal apart from what their
 * typology adds.
 */
final class Activity {
    /** Mean logins and payments over the window. */
    enum Intensity {
        NORMAL(2.6, 1.5), LIGHT(0.8, 0.3);

        final double logins;
        final double payments;

        Intensity(double logins, double payments) {
            this.logins = logins;
            this.payments = payments;
        }
    }

    private final Timeline time;
    private final Hubs hubs;
    private final EventSink sink;

    Activity(Timeline time, Hubs hubs, EventSink sink) {
        this.time = time;
        this.hubs = hubs;
        this.sink = sink;
    }

    void write(Rng rng, Person p, Intensity intensity) {
        String account = p.accountId;
        long t0 = p.signupTs;
        String signupIp = p.signupIp != null ? p.signupIp : ipFor(rng, p, p.device);
        sink.accept(new Event(t0, account, Event.SIGNUP, p.device.id(), p.email.render(rng), p.phone.render(rng), null,
                signupIp, p.address.render(rng)));
        for (String card : p.cards) {
            long t = time.clamp(t0 + 60 + rng.exponential(3 * Timeline.DAY));
            sink.accept(Event.addCard(t, account, card, p.device.id(), ipFor(rng, p, p.device)));
            p.cardAdded(card, t);
        }
        if (p.sharedCard != null) {
            long t = time.humanTime(rng, t0 + Timeline.HOUR, time.end);
            Device d = pickDevice(rng, p);
            sink.accept(Event.addCard(t, account, p.sharedCard, d.id(), ipFor(rng, p, d)));
            p.cardAdded(p.sharedCard, t);
        }
        int logins = rng.poisson(intensity.logins);
        for (int i = 0; i < logins; i++) {
            long t = time.humanTime(rng, t0 + Timeline.MINUTE, time.end);
            Device d = pickDevice(rng, p);
            sink.accept(Event.login(t, account, d.id(), ipFor(rng, p, d)));
        }
        int payments = rng.poisson(intensity.payments);
        for (int i = 0; i < payments; i++) {
            payment(rng, p, time.humanTime(rng, t0 + Timeline.HOUR, time.end));
        }
        if (p.newPhone != null) {
            Device d = pickDevice(rng, p);
            sink.accept(Event.profileChange(p.phoneChangeTs, account, d.id(), ipFor(rng, p, d), null,
                    p.newPhone.render(rng), null));
        }
        if (p.newEmail != null) {
            Device d = pickDevice(rng, p);
            sink.accept(Event.profileChange(p.emailChangeTs, account, d.id(), ipFor(rng, p, d),
                    p.newEmail.render(rng), null, null));
        }
        if (rng.chance(0.05)) {
            long t = time.humanTime(rng, t0 + Timeline.DAY, time.end);
            Device d = pickDevice(rng, p);
            sink.accept(Event.passwordReset(t, account, p.emailAt(t).render(rng), d.id(), ipFor(rng, p, d)));
        }
        if (p.kiosk >= 0) {
            writeSharedDeviceVisits(rng, p);
        }
    }

    /** Logging in (and sometimes paying) on a kiosk or library PC: its device id and its IP are hubs. */
    private void writeSharedDeviceVisits(Rng rng, Person p) {
        String device = hubs.kioskDevice(p.kiosk).id();
        String ip = hubs.kioskIp(p.kiosk);
        int visits = rng.chance(0.7) ? 1 : 2;
        for (int i = 0; i < visits; i++) {
            long t = time.humanTime(rng, p.signupTs + Timeline.HOUR, time.end);
            sink.accept(Event.login(t, p.accountId, device, ip));
            long paid = time.clamp(t + rng.between(60, 900));
            String card = p.cardAt(rng, paid);
            if (card != null && rng.chance(0.3)) {
                sink.accept(Event.payment(paid, p.accountId, card, device, ip, null));
            }
        }
    }

    /**
     * A payment at about {@code ts} with a card the person has already added (moved to just after the first card
     * was added if none had been by then), from their usual device and network.
     */
    void payment(Rng rng, Person p, long ts) {
        long t = ts;
        String card = p.cardAt(rng, t);
        if (card == null) {
            t = time.clamp(p.firstCardTs() + rng.between(60, 3 * 3600));
            card = p.cardAt(rng, t);
        }
        Device d = pickDevice(rng, p);
        String email = rng.chance(0.25) ? p.emailAt(t).render(rng) : null;
        sink.accept(Event.payment(t, p.accountId, card, d.id(), ipFor(rng, p, d), email));
    }

    /** Mostly the main device; sometimes the second one or the household's shared one. */
    Device pickDevice(Rng rng, Person p) {
        double u = rng.nextDouble();
        if (p.familyDevice != null && u < 0.2) {
            return p.familyDevice;
        }
        if (p.secondDevice != null && u > 0.75) {
            return p.secondDevice;
        }
        return p.device;
    }

    /**
     * The network an event comes from. Phones mostly use the carrier (NAT hubs), else home Wi-Fi; computers use
     * home broadband, the office gateway, public Wi-Fi or a VPN; now and then an address seen once (travel).
     */
    String ipFor(Rng rng, Person p, Device device) {
        double u = rng.nextDouble();
        if (u < 0.04) {
            return Ips.random(rng);
        }
        if (p.vpnUser && u < 0.10) {
            return hubs.vpnIp(rng);
        }
        if (p.wifiUser && u < 0.16) {
            return hubs.wifiIp(rng);
        }
        double v = rng.nextDouble();
        if (device.mobile() && p.carrier >= 0 && (p.homeIp == null || v < 0.55)) {
            return hubs.carrierIp(rng, p.carrier);
        }
        if (!device.mobile() && p.office >= 0 && (p.homeIp == null || v < 0.3)) {
            return hubs.officeIp(p.office);
        }
        if (p.homeIp != null) {
            p.homeIpSeen = true;
            return p.homeIp;
        }
        if (p.carrier >= 0) {
            return hubs.carrierIp(rng, p.carrier);
        }
        return rng.chance(0.5) ? hubs.wifiIp(rng) : Ips.random(rng);
    }
}

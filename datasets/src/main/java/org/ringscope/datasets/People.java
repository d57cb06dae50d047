package org.ringscope.datasets;

/**
 * Makes people with fresh identifiers. Addresses and phone numbers come from keyed permutations of counters, so
 * two people never get the same one by accident: every shared address or phone in the data is shared on purpose
 * (a household, a ring). E-mails are built from names and can, rarely, coincide at very large sizes.
 */
final class People {
    private final DemoConfig cfg;
    private final Ids ids;
    private final Cards cards;
    private final Hubs hubs;
    private final Timeline time;
    private final Permutation addressSerials;
    private final Permutation phoneSerials;
    private long addressesIssued;
    private long phonesIssued;
    private final UsedValues mailboxes;

    People(DemoConfig cfg, Ids ids, Cards cards, Hubs hubs, Timeline time) {
        this.cfg = cfg;
        this.ids = ids;
        this.cards = cards;
        this.hubs = hubs;
        this.time = time;
        this.addressSerials = new Permutation(PostalAddress.CAPACITY, cfg.seed() ^ 0xADD7E55L);
        this.phoneSerials = new Permutation(PhoneNumber.CAPACITY, cfg.seed() ^ 0x9409EL);
        this.mailboxes = new UsedValues(cfg.accounts() * 2L);
    }

    /** A fresh e-mail address for the name: drawn again (eventually with a longer number) until the mailbox is free. */
    EmailAddress newEmail(Rng rng, String first, String last) {
        EmailAddress e = EmailAddress.forName(rng, first, last);
        for (int attempt = 1; !mailboxes.claim(e.mailbox()); attempt++) {
            e = EmailAddress.forName(rng, first, last);
            if (attempt > 5) {
                e = new EmailAddress(e.local() + rng.between(10, 99999), e.domain());
            }
        }
        return e;
    }

    /** A household's joint mailbox, such as {@code thesmiths1984@...} or {@code smithfamily@...}. */
    EmailAddress newFamilyEmail(Rng rng, String familyName) {
        String name = familyName.toLowerCase(java.util.Locale.ROOT);
        while (true) {
            String local = switch (rng.nextInt(3)) {
                case 0 -> "the" + name + "s";
                case 1 -> name + "family";
                default -> name + ".home";
            } + EmailAddress.suffixNumber(rng);
            EmailAddress e = new EmailAddress(local, EmailAddress.randomDomain(rng));
            if (mailboxes.claim(e.mailbox())) {
                return e;
            }
        }
    }

    /** Claims a mailbox built elsewhere (a ring's handle); false if somebody already has it. */
    boolean claimMailbox(EmailAddress e) {
        return mailboxes.claim(e.mailbox());
    }

    /** About a third of homes are apartments. */
    PostalAddress newAddress(Rng rng) {
        int apartment = rng.chance(0.35) ? rng.logUniform(1, 400) : 0;
        return PostalAddress.fromSerial(addressSerials.apply(addressesIssued++), apartment);
    }

    PhoneNumber newPhone() {
        return PhoneNumber.fromSerial(phoneSerials.apply(phonesIssued++));
    }

    String newCard(Rng rng) {
        return cards.newCard(rng);
    }

    /**
     * A person with their own e-mail, phone, device(s) and card(s), and the habits that decide which shared
     * infrastructure they touch. Some will change phone or e-mail later on.
     *
     * @param lastName family name, or null for a random one
     */
    Person newPerson(Rng rng, String lastName, PostalAddress address, String homeIp, long signupTs) {
        Person p = new Person(ids.nextAccount(), rng.pick(Names.FIRST), lastName != null ? lastName : rng.pick(Names.LAST));
        p.signupTs = signupTs;
        p.address = address;
        p.homeIp = homeIp;
        p.email = newEmail(rng, p.firstName, p.lastName);
        p.phone = newPhone();
        boolean phoneFirst = rng.chance(cfg.mobileShare());
        p.device = phoneFirst ? Device.phone(rng) : Device.computer(rng);
        if (rng.chance(0.35)) {
            p.secondDevice = phoneFirst ? Device.computer(rng) : Device.phone(rng);
        }
        if (p.device.mobile() || (p.secondDevice != null && p.secondDevice.mobile())) {
            p.carrier = hubs.carrier(rng);
        }
        int cardCount = rng.chance(0.70) ? 1 : rng.chance(0.75) ? 2 : 3;
        for (int i = 0; i < cardCount; i++) {
            p.cards.add(cards.newCard(rng));
        }
        if (rng.chance(0.30)) {
            p.office = hubs.office(rng);
            String companyCard = hubs.companyCard(p.office);
            if (companyCard != null && rng.chance(0.2)) {
                p.sharedCard = companyCard;
            }
        }
        p.wifiUser = rng.chance(0.15);
        p.vpnUser = rng.chance(0.05);
        if (rng.chance(cfg.sharedDeviceUserShare())) {
            p.kiosk = hubs.kiosk(rng);
        }
        if (rng.chance(0.08)) {
            p.newPhone = newPhone();
            p.phoneChangeTs = time.humanTime(rng, signupTs + Timeline.DAY, time.end);
        }
        if (rng.chance(0.06)) {
            p.newEmail = newEmail(rng, p.firstName, p.lastName);
            p.emailChangeTs = time.humanTime(rng, signupTs + Timeline.DAY, time.end);
        }
        return p;
    }
}

package org.ringscope.datasets;

import java.util.Locale;

/**
 * An e-mail address as its owner knows it. {@link #render} gives what a client might send on one occasion:
 * mostly the same text, sometimes with different capitals or, at Gmail, with dots and a +tag that Gmail ignores.
 */
record EmailAddress(String local, String domain) {
    private static final String[] DOMAINS = {
        "gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com", "aol.com", "comcast.net",
        "proton.me", "att.net", "verizon.net", "msn.com", "live.com", "me.com", "ymail.com", "mail.com",
    };
    private static final double[] DOMAIN_WEIGHTS = Rng.cumulative(
            38, 12, 9, 7, 8, 4, 4, 3, 3, 2, 2, 2, 2, 2, 2);
    private static final String[] TAGS = {"shop", "news", "promo", "bank", "2", "orders", "x"};

    static String randomDomain(Rng rng) {
        return DOMAINS[rng.weighted(DOMAIN_WEIGHTS)];
    }

    /** A handle built the way people build theirs: from the name, a birth year, a hobby word. */
    static EmailAddress forName(Rng rng, String first, String last) {
        String f = first.toLowerCase(Locale.ROOT);
        String l = last.toLowerCase(Locale.ROOT);
        String local = switch (rng.nextInt(9)) {
            case 0 -> f + "." + l;
            case 1 -> f + l;
            case 2 -> f.charAt(0) + l;
            case 3 -> f + "_" + l;
            case 4 -> f.charAt(0) + "." + l;
            case 5 -> l + f.charAt(0);
            case 6 -> f + "." + l.charAt(0);
            case 7 -> rng.pick(Names.HANDLE_WORDS) + rng.pick(Names.HANDLE_WORDS);
            default -> f + rng.pick(Names.HANDLE_WORDS);
        };
        if (rng.chance(0.65)) {
            local = local + suffixNumber(rng);
        }
        String domain = randomDomain(rng);
        // Gmail does not accept underscores in a handle.
        return new EmailAddress(domain.equals("gmail.com") ? local.replace('_', '.') : local, domain);
    }

    static String suffixNumber(Rng rng) {
        return switch (rng.nextInt(3)) {
            case 0 -> Integer.toString(rng.between(1950, 2006));
            case 1 -> Integer.toString(rng.between(1, 99));
            default -> Integer.toString(rng.between(100, 9999));
        };
    }

    /**
     * The mailbox this address delivers to, as the providers see it: lower case, without a +tag, and at Gmail
     * without dots. Two people never share a mailbox unless a ring plants it.
     */
    String mailbox() {
        String l = local.toLowerCase(Locale.ROOT);
        int tag = l.indexOf('+');
        if (tag > 0) {
            l = l.substring(0, tag);
        }
        return (gmail() ? l.replace(".", "") : l) + "@" + domain.toLowerCase(Locale.ROOT);
    }

    boolean gmail() {
        return domain.equals("gmail.com");
    }

    String canonical() {
        return local + "@" + domain;
    }

    /** One way of writing this address that every provider (and the project's normaliser) treats as the same. */
    String render(Rng rng) {
        double u = rng.nextDouble();
        if (u < 0.82) {
            return canonical();
        }
        if (u < 0.90) {
            return capitalised(local) + "@" + domain;
        }
        if (u < 0.94) {
            return local + "@" + capitalised(domain);
        }
        if (u < 0.96) {
            return canonical().toUpperCase(Locale.ROOT);
        }
        return gmail() ? gmailVariant(rng) : canonical();
    }

    /** Same mailbox at Gmail: dots moved around, maybe a +tag, maybe googlemail.com. */
    String gmailVariant(Rng rng) {
        String bare = local.replace(".", "");
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < bare.length(); i++) {
            if (i > 0 && rng.chance(0.15)) {
                b.append('.');
            }
            b.append(bare.charAt(i));
        }
        if (rng.chance(0.5)) {
            b.append('+').append(rng.pick(TAGS));
        }
        String d = rng.chance(0.1) ? "googlemail.com" : domain;
        return (rng.chance(0.2) ? capitalised(b.toString()) : b.toString()) + "@" + d;
    }

    private static String capitalised(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean start = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(start ? Character.toUpperCase(c) : c);
            start = !Character.isLetter(c);
        }
        return b.toString();
    }
}

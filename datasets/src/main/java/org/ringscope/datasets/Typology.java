package org.ringscope.datasets;

import java.util.Locale;

/** The kinds of planted fraud ring; {@link #label()} is the name written to {@code truth.csv}. */
public enum Typology {
    /** Fabricated identities sharing a phone and/or address, e-mails that are variants of one another. */
    SYNTHETIC_IDENTITY(0.25),
    /** A crew logging into existing legitimate accounts from a few devices and IPs within hours. */
    ACCOUNT_TAKEOVER(0.20),
    /** Accounts on a few devices adding many cards and firing bursts of small payments. */
    CARD_TESTING(0.15),
    /** A chain or tree of recruited accounts, each sharing one identifier with the one that recruited it. */
    MONEY_MULE(0.20),
    /** First-party ring sharing addresses, phones and cards: months of normal use, then a burst of payments. */
    BUST_OUT(0.20);

    private final double weight;

    Typology(double weight) {
        this.weight = weight;
    }

    /** Share of planted rings of this kind, once each kind has one ring. */
    public double weight() {
        return weight;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}

package org.ringscope.datasets;

/**
 * Account and event ids: counters passed through a keyed {@link Permutation}, so ids never repeat yet say nothing
 * about the order in which accounts were made (members of one ring are made one after another).
 */
final class Ids {
    private final Permutation accounts;
    private final Permutation events;
    private long nextAccount;
    private long nextEvent;

    Ids(long seed) {
        this.accounts = new Permutation(1L << 40, seed ^ 0x5EED_ACC0L);
        this.events = new Permutation(1L << 48, seed ^ 0x5EED_E7E7L);
    }

    /** {@code acc-} and 10 hex digits. */
    String nextAccount() {
        return "acc-" + hex(accounts.apply(nextAccount++), 10);
    }

    /** {@code ev-} and 12 hex digits; always 15 characters, which {@link SortedEventWriter} relies on. */
    String nextEvent() {
        return "ev-" + hex(events.apply(nextEvent++), 12);
    }

    long accountsIssued() {
        return nextAccount;
    }

    static String ring(int number) {
        return String.format("ring-%05d", number);
    }

    private static String hex(long value, int digits) {
        String h = Long.toHexString(value);
        return "0".repeat(digits - h.length()) + h;
    }
}

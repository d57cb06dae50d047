package org.ringscope.datasets;

import java.util.ArrayList;
import java.util.List;

/**
 * One account holder and the identifiers they use. Ring planters overwrite some fields (a shared phone, a crew
 * device) before the history is written, which is how rings come to share identifiers.
 */
final class Person {
    final String accountId;
    final String firstName;
    final String lastName;
    long signupTs;
    EmailAddress email;
    PhoneNumber phone;
    PostalAddress address;
    /** Home broadband IP, shared by the household; null for people without one. */
    String homeIp;
    /** Whether any event of this person came from {@link #homeIp} (phone-only users may never show it). */
    boolean homeIpSeen;
    /** IP used at sign-up instead of the usual choice (a fraudster's connection); null when none. */
    String signupIp;
    Device device;
    Device secondDevice;
    /** A household tablet or PC, or the shop computer, that others use too; null when none. */
    Device familyDevice;
    final List<String> cards = new ArrayList<>(3);
    /** A family or company card others also use; null when none. */
    String sharedCard;
    /** When each card (own cards in order, then the shared one) was added; filled in as add_card events are written. */
    private final List<String> addedCards = new ArrayList<>(4);
    private final List<Long> addedAt = new ArrayList<>(4);
    /** Index into the carrier table for phone users, -1 otherwise. */
    int carrier = -1;
    int office = -1;
    int kiosk = -1;
    boolean wifiUser;
    boolean vpnUser;
    EmailAddress newEmail;
    long emailChangeTs = Long.MAX_VALUE;
    PhoneNumber newPhone;
    long phoneChangeTs = Long.MAX_VALUE;

    Person(String accountId, String firstName, String lastName) {
        this.accountId = accountId;
        this.firstName = firstName;
        this.lastName = lastName;
    }

    EmailAddress emailAt(long ts) {
        return ts >= emailChangeTs ? newEmail : email;
    }

    void cardAdded(String card, long ts) {
        addedCards.add(card);
        addedAt.add(ts);
    }

    /** A card already added by {@code ts} (the shared one now and then), or null if none was yet. */
    String cardAt(Rng rng, long ts) {
        if (sharedCard != null && rng.chance(0.3)) {
            int shared = addedCards.lastIndexOf(sharedCard);
            if (shared >= 0 && addedAt.get(shared) <= ts) {
                return sharedCard;
            }
        }
        int usable = 0;
        for (long t : addedAt) {
            usable += t <= ts ? 1 : 0;
        }
        if (usable == 0) {
            return null;
        }
        int pick = rng.nextInt(usable);
        for (int i = 0; i < addedAt.size(); i++) {
            if (addedAt.get(i) <= ts && pick-- == 0) {
                return addedCards.get(i);
            }
        }
        throw new IllegalStateException("unreachable");
    }

    /** When the first card was added; Long.MAX_VALUE before any was. */
    long firstCardTs() {
        return addedAt.stream().mapToLong(Long::longValue).min().orElse(Long.MAX_VALUE);
    }
}

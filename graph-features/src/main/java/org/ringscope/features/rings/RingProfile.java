package org.ringscope.features.rings;

/**
 * What an investigator sees first about a ring.
 *
 * @param fraud         members whose latest label is fraud
 * @param legit         members cleared as legitimate
 * @param firstSeen     earliest first activity of a member (epoch millis)
 * @param lastSeen      latest activity of a member (epoch millis)
 * @param openedWithinDays days between the first and the last member's first activity
 * @param boundWithinDays  days over which the ring's shared links were formed
 * @param typology      a guess from the ring's shape (see {@link RingProfiler})
 * @param risk          0..1, higher is riskier (see {@link RingProfiler})
 * @param explanation   one sentence, e.g. "7 accounts share phone #a1f3 (7) and device #9c2e (5); ..."
 */
public record RingProfile(String ringId, int size, int fraud, int legit, long firstSeen, long lastSeen,
                          double openedWithinDays, double boundWithinDays, String typology, double risk,
                          String explanation) {
}

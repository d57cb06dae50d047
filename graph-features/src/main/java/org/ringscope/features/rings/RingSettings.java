package org.ringscope.features.rings;

import org.ringscope.core.Setting;
import org.ringscope.core.Settings;
import org.ringscope.features.graph.LinkingRule;

import java.util.Arrays;
import java.util.List;

/**
 * How rings are told apart from ordinary sharing. See the module README for why each default is what it is.
 *
 * @param hubDegree          identifiers used by more accounts than this link nobody
 * @param minSize            smallest ring reported
 * @param awayMinSize        smallest ring when two of its accounts share an away kind but no home and no network
 * @param maxSize            groups larger than this are split into Leiden communities
 * @param linkThreshold      evidence two accounts need to be linked directly
 * @param householdDiscount  evidence factor for two accounts that share an address
 * @param coherenceDays      time scale over which links formed together count extra
 * @param ownShare           share of an identifier's users that must be one core's members for it to draw in the rest
 * @param awayFactor         evidence factor for two accounts that share an away kind but no home and no network
 * @param awayKinds          kinds that are personal (a device, an e-mail, a phone): shared away from home, they tie
 * @param householdKind      the identifier kind that marks a shared home
 * @param networkKind        the identifier kind that marks a shared network (a home or office IP)
 * @param adoption           when an account outside every ring joins the ring whose identifier it took up
 */
public record RingSettings(int hubDegree, int minSize, int awayMinSize, int maxSize, double linkThreshold,
                           double householdDiscount, double coherenceDays, double ownShare, double awayFactor,
                           List<String> awayKinds, String householdKind, String networkKind, Adoption adoption)
        implements java.io.Serializable {

    /**
     * An account that is in no ring takes up an identifier a ring member already used: it lists the member's address,
     * logs in from the member's home network, adds the member's card. That is how mule recruiters bring in the next
     * mule (see {@link RingAdoption}).
     *
     * @param kinds      identifier kinds that can be adopted (empty: no adoption)
     * @param maxDegree  an adopted identifier has at most this many users
     * @param delayDays  the account's link to it formed at least this long after the account's own first activity
     */
    public record Adoption(List<String> kinds, int maxDegree, double delayDays) implements java.io.Serializable {
        public Adoption {
            kinds = List.copyOf(kinds);
            if (maxDegree < 2 && !kinds.isEmpty()) {
                throw new IllegalArgumentException("adoption max degree must be at least 2, was " + maxDegree);
            }
            if (!(delayDays >= 0)) {
                throw new IllegalArgumentException("adoption delay must be zero or more days, was " + delayDays);
            }
        }

        public static Adoption none() {
            return new Adoption(List.of(), 2, 0);
        }

        public boolean enabled() {
            return !kinds.isEmpty();
        }

        /** The delay in epoch milliseconds, as both the in-memory and the Spark path compare it. */
        public long delayMillis() {
            return (long) (delayDays * 86_400_000.0);
        }
    }

    public RingSettings {
        new LinkingRule(hubDegree);
        awayKinds = List.copyOf(awayKinds);
        if (minSize < 2) {
            throw new IllegalArgumentException("a ring needs at least 2 accounts, min size was " + minSize);
        }
        if (awayMinSize < 2 || awayMinSize > minSize) {
            throw new IllegalArgumentException("away min size must be from 2 to min size (" + minSize + "), was " + awayMinSize);
        }
        if (maxSize < minSize) {
            throw new IllegalArgumentException("max ring size " + maxSize + " is below min size " + minSize);
        }
    }

    public static RingSettings defaults() {
        return from(Settings.of(java.util.Map.of()));
    }

    public static RingSettings from(Settings s) {
        List<String> away = kinds(s.get(Setting.AWAY_KINDS));
        int minSize = s.getInt(Setting.MIN_RING_SIZE);
        return new RingSettings(s.getInt(Setting.HUB_DEGREE), minSize,
                Math.min(s.getInt(Setting.AWAY_MIN_SIZE), minSize), s.getInt(Setting.MAX_RING_SIZE),
                s.getDouble(Setting.LINK_THRESHOLD), s.getDouble(Setting.HOUSEHOLD_DISCOUNT),
                s.getDouble(Setting.COHERENCE_DAYS), s.getDouble(Setting.OWN_SHARE), s.getDouble(Setting.AWAY_FACTOR), away,
                "address", "ip", new Adoption(kinds(s.get(Setting.ADOPTION_KINDS)), s.getInt(Setting.ADOPTION_MAX_DEGREE),
                s.getDouble(Setting.ADOPTION_DELAY_DAYS)));
    }

    private static List<String> kinds(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(",")).map(String::trim).filter(k -> !k.isEmpty()).toList();
    }

    public RingSettings withHubDegree(int hubDegree) {
        return new RingSettings(hubDegree, minSize, awayMinSize, maxSize, linkThreshold,
                householdDiscount, coherenceDays, ownShare, awayFactor, awayKinds, householdKind, networkKind, adoption);
    }

    public RingSettings withMinSize(int minSize) {
        return new RingSettings(hubDegree, minSize, Math.min(awayMinSize, minSize), maxSize, linkThreshold,
                householdDiscount, coherenceDays, ownShare, awayFactor, awayKinds, householdKind, networkKind, adoption);
    }

    public RingSettings withMaxSize(int maxSize) {
        return new RingSettings(hubDegree, minSize, awayMinSize, maxSize, linkThreshold,
                householdDiscount, coherenceDays, ownShare, awayFactor, awayKinds, householdKind, networkKind, adoption);
    }

    public RingSettings withAwayMinSize(int awayMinSize) {
        return new RingSettings(hubDegree, minSize, awayMinSize, maxSize, linkThreshold, householdDiscount, coherenceDays,
                ownShare, awayFactor, awayKinds, householdKind, networkKind, adoption);
    }

    public RingSettings withAdoption(Adoption adoption) {
        return new RingSettings(hubDegree, minSize, awayMinSize, maxSize, linkThreshold,
                householdDiscount, coherenceDays, ownShare, awayFactor, awayKinds, householdKind, networkKind, adoption);
    }

    public RingSettings withAwayFactor(double awayFactor) {
        return new RingSettings(hubDegree, minSize, awayMinSize, maxSize, linkThreshold,
                householdDiscount, coherenceDays, ownShare, awayFactor, awayKinds, householdKind, networkKind, adoption);
    }
}

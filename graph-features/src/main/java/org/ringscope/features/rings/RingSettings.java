package org.ringscope.features.rings;

import org.ringscope.core.Setting;
import org.ringscope.core.Settings;
import org.ringscope.features.graph.LinkingRule;

/**
 * How rings are told apart from ordinary sharing. See the module README for why each default is what it is.
 *
 * @param hubDegree          identifiers used by more accounts than this link nobody
 * @param minSize            smallest ring reported
 * @param maxSize            groups larger than this are split into Leiden communities
 * @param linkThreshold      evidence two accounts need to be linked directly
 * @param householdDiscount  evidence factor for two accounts that share an address
 * @param coherenceDays      time scale over which links formed together count extra
 * @param ownShare           share of an identifier's users that must be one core's members for it to draw in the rest
 * @param householdKind      the identifier kind that marks a shared home
 */
public record RingSettings(int hubDegree, int minSize, int maxSize, double linkThreshold, double householdDiscount,
                           double coherenceDays, double ownShare, String householdKind)
        implements java.io.Serializable {
    public RingSettings {
        new LinkingRule(hubDegree);
        if (minSize < 2) {
            throw new IllegalArgumentException("a ring needs at least 2 accounts, min size was " + minSize);
        }
        if (maxSize < minSize) {
            throw new IllegalArgumentException("max ring size " + maxSize + " is below min size " + minSize);
        }
    }

    public static RingSettings defaults() {
        return from(Settings.of(java.util.Map.of()));
    }

    public static RingSettings from(Settings s) {
        return new RingSettings(s.getInt(Setting.HUB_DEGREE), s.getInt(Setting.MIN_RING_SIZE), s.getInt(Setting.MAX_RING_SIZE),
                s.getDouble(Setting.LINK_THRESHOLD), s.getDouble(Setting.HOUSEHOLD_DISCOUNT),
                s.getDouble(Setting.COHERENCE_DAYS), s.getDouble(Setting.OWN_SHARE), "address");
    }

    public RingSettings withHubDegree(int hubDegree) {
        return new RingSettings(hubDegree, minSize, maxSize, linkThreshold, householdDiscount, coherenceDays, ownShare,
                householdKind);
    }

    public RingSettings withMinSize(int minSize) {
        return new RingSettings(hubDegree, minSize, maxSize, linkThreshold, householdDiscount, coherenceDays, ownShare,
                householdKind);
    }
}

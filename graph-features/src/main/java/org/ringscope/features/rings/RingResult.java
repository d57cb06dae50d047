package org.ringscope.features.rings;

import java.util.List;

/**
 * The rings found, largest first.
 *
 * @param hubsSkipped identifiers of a linking kind used by more accounts than the hub degree
 * @param groupsSplit groups above the maximum ring size that were split into Leiden communities
 */
public record RingResult(List<Ring> rings, int hubsSkipped, int groupsSplit) {
    public long members() {
        return rings.stream().mapToLong(Ring::size).sum();
    }
}

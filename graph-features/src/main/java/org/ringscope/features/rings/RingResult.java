package org.ringscope.features.rings;

import java.util.List;

/** The rings found, largest first, and the components they came from. */
public record RingResult(List<Ring> rings, AccountComponents components) {
    public long members() {
        return rings.stream().mapToLong(Ring::size).sum();
    }
}

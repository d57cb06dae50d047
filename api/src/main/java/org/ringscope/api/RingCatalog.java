package org.ringscope.api;

import jakarta.inject.Singleton;
import org.ringscope.features.rings.Ring;
import org.ringscope.features.rings.RingProfile;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/** The rings of the current recompute, riskiest first, filtered and paged for the API. */
@Singleton
public class RingCatalog {
    private final FeatureService features;

    public RingCatalog(FeatureService features) {
        this.features = features;
    }

    public ApiViews.RingPage list(double minRisk, int minSize, String typology, int offset, int limit) {
        FeatureService.Snapshot s = features.current();
        List<ApiViews.RingSummary> matching = IntStream.range(0, s.rings().size())
                .filter(r -> s.profiles().get(r).risk() >= minRisk && s.rings().get(r).size() >= minSize)
                .filter(r -> typology == null || typology.equals(s.profiles().get(r).typology()))
                .mapToObj(r -> summary(s.rings().get(r), s.profiles().get(r)))
                .sorted(Comparator.comparingDouble(ApiViews.RingSummary::risk).reversed().thenComparing(ApiViews.RingSummary::id))
                .toList();
        List<ApiViews.RingSummary> page = matching.subList(Math.min(offset, matching.size()),
                Math.min(offset + limit, matching.size()));
        return new ApiViews.RingPage(page, matching.size(), offset, limit);
    }

    public Optional<ApiViews.RingDetail> ring(String id) {
        FeatureService.Snapshot s = features.current();
        Integer r = s.ringIndex().get(id);
        if (r == null) {
            return Optional.empty();
        }
        Ring ring = s.rings().get(r);
        return Optional.of(new ApiViews.RingDetail(summary(ring, s.profiles().get(r)), ring.members(),
                ring.bindings().stream().map(b -> new ApiViews.Binding(b.kind(), b.key(), b.members())).toList()));
    }

    private static ApiViews.RingSummary summary(Ring ring, RingProfile p) {
        return new ApiViews.RingSummary(ring.id(), ring.size(), p.risk(), p.typology(), p.fraud(), p.legit(),
                Instant.ofEpochMilli(p.firstSeen()), Instant.ofEpochMilli(p.lastSeen()), p.explanation());
    }
}

package org.ringscope.features.rings;

import org.ringscope.features.graph.IdentityGraph;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Rings are the components of {@link HubAwareComponents} with at least {@code minSize} accounts. Smaller groups
 * (pairs, households) are common among legitimate customers; they stay visible through features, not as rings.
 */
public final class RingDetector {
    private static final int MAX_BINDINGS = 10;
    private final HubAwareComponents components;
    private final int minSize;
    private final int hubDegree;

    public RingDetector(int hubDegree, int minSize) {
        if (minSize < 2) {
            throw new IllegalArgumentException("a ring needs at least 2 accounts, min size was " + minSize);
        }
        this.components = new HubAwareComponents(hubDegree);
        this.hubDegree = hubDegree;
        this.minSize = minSize;
    }

    public RingResult detect(IdentityGraph graph) {
        AccountComponents c = components.compute(graph);
        int[] sizes = new int[c.componentCount()];
        for (int comp : c.componentOf()) {
            sizes[comp]++;
        }
        Map<Integer, List<Integer>> membersByComponent = new HashMap<>();
        for (int a = 0; a < graph.accountCount(); a++) {
            int comp = c.componentOf()[a];
            if (sizes[comp] >= minSize) {
                membersByComponent.computeIfAbsent(comp, k -> new ArrayList<>()).add(a);
            }
        }
        // Bindings: linking identifiers used by two or more members (the ring's own evidence), one pass.
        Map<Integer, List<Integer>> bindingsByComponent = new HashMap<>();
        for (int i = 0; i < graph.identifierCount(); i++) {
            int degree = graph.degree(i);
            if (degree < 2 || degree > hubDegree || !graph.identifierKind(i).links()) {
                continue;
            }
            int comp = c.componentOf()[graph.identifierAccounts()[graph.accountsFrom(i)]];
            if (membersByComponent.containsKey(comp)) {
                bindingsByComponent.computeIfAbsent(comp, k -> new ArrayList<>()).add(i);
            }
        }
        List<Ring> rings = new ArrayList<>();
        membersByComponent.forEach((comp, members) ->
                rings.add(ring(graph, members, bindingsByComponent.getOrDefault(comp, List.of()))));
        rings.sort(Comparator.comparingInt(Ring::size).reversed().thenComparing(Ring::id));
        return new RingResult(rings, c);
    }

    private static Ring ring(IdentityGraph graph, List<Integer> members, List<Integer> sharedIdentifiers) {
        List<String> ids = members.stream().map(graph::accountId).sorted().toList();
        List<Ring.Binding> bindings = sharedIdentifiers.stream()
                .sorted(Comparator.comparingInt(graph::degree).reversed().thenComparing(graph::identifierKey))
                .limit(MAX_BINDINGS)
                .map(i -> new Ring.Binding(graph.identifierKind(i).name(), graph.identifierKey(i), graph.degree(i)))
                .toList();
        return new Ring(ringId(ids.get(0)), ids, bindings);
    }

    static String ringId(String smallestMember) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(smallestMember.getBytes(StandardCharsets.UTF_8));
            return "ring-" + HexFormat.of().formatHex(d, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

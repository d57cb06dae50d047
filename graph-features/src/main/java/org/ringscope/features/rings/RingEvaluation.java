package org.ringscope.features.rings;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Detected rings against planted ground truth, per member: recall = planted members found in some ring,
 * precision = ring members that were planted. Recall is also given per typology.
 *
 * @param recallByTypology typology to [found, planted]
 */
public record RingEvaluation(long planted, long detected, long truePositives, Map<String, long[]> recallByTypology) {

    /** @param truth planted account id to its typology */
    public static RingEvaluation of(List<Ring> rings, Map<String, String> truth) {
        Set<String> detected = new HashSet<>();
        rings.forEach(r -> detected.addAll(r.members()));
        long tp = 0;
        Map<String, long[]> byTypology = new TreeMap<>();
        for (Map.Entry<String, String> planted : truth.entrySet()) {
            long[] counts = byTypology.computeIfAbsent(planted.getValue(), t -> new long[2]);
            counts[1]++;
            if (detected.contains(planted.getKey())) {
                counts[0]++;
                tp++;
            }
        }
        return new RingEvaluation(truth.size(), detected.size(), tp, byTypology);
    }

    public double recall() {
        return planted == 0 ? 0 : (double) truePositives / planted;
    }

    public double precision() {
        return detected == 0 ? 0 : (double) truePositives / detected;
    }
}

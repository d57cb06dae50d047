package org.ringscope.features.rings;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Ring profiles against planted ground truth, per ring. A detected ring counts as planted when most of its members
 * are; its true typology is the most common one among them.
 *
 * @param plantedRings   detected rings that are mostly planted members
 * @param typologyRight  of those, how many had their typology guessed right
 * @param riskAuc        ROC-AUC of the risk score separating planted from other detected rings (0.5 = chance)
 */
public record RingProfileEvaluation(int rings, int plantedRings, int typologyRight, double riskAuc) {

    /** @param truth planted account id to its typology */
    public static RingProfileEvaluation of(List<Ring> rings, List<RingProfile> profiles, Map<String, String> truth) {
        int planted = 0;
        int right = 0;
        List<double[]> scored = new ArrayList<>();
        for (int r = 0; r < rings.size(); r++) {
            Map<String, Integer> typologies = new HashMap<>();
            rings.get(r).members().forEach(m -> {
                if (truth.containsKey(m)) {
                    typologies.merge(truth.get(m), 1, Integer::sum);
                }
            });
            int plantedMembers = typologies.values().stream().mapToInt(Integer::intValue).sum();
            boolean isPlanted = 2 * plantedMembers > rings.get(r).size();
            if (isPlanted) {
                planted++;
                String actual = typologies.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
                right += actual.equals(profiles.get(r).typology()) ? 1 : 0;
            }
            scored.add(new double[]{profiles.get(r).risk(), isPlanted ? 1 : 0});
        }
        return new RingProfileEvaluation(rings.size(), planted, right, auc(scored));
    }

    /** Probability that a random positive outranks a random negative (ties count half). */
    static double auc(List<double[]> scoredLabels) {
        long positives = scoredLabels.stream().filter(s -> s[1] > 0).count();
        long negatives = scoredLabels.size() - positives;
        if (positives == 0 || negatives == 0) {
            return Double.NaN;
        }
        double wins = 0;
        for (double[] p : scoredLabels) {
            if (p[1] == 0) {
                continue;
            }
            for (double[] n : scoredLabels) {
                if (n[1] == 0) {
                    wins += p[0] > n[0] ? 1 : p[0] == n[0] ? 0.5 : 0;
                }
            }
        }
        return wins / (positives * negatives);
    }
}

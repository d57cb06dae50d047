package org.ringscope.gnn.registry;

import java.util.List;
import java.util.Map;
import org.ringscope.gnn.model.FeatureScaler;
import org.ringscope.gnn.model.SageConfig;

/**
 * What {@code model.json} records about a registered model: enough to rebuild it (with the parameter file) and to
 * trace it to its inputs.
 *
 * @param createdAt                ISO-8601 instant of registration
 * @param trainingDataCutoffMillis the newest event time the training data could contain; null when not given
 * @param inputSha256              {@link org.ringscope.gnn.graph.InputHash} of the training inputs
 */
public record ModelCard(String version, String createdAt, Long trainingDataCutoffMillis, List<String> featureNames,
                        List<String> relationNames, SageConfig hyperParameters, FeatureScaler standardisation,
                        Map<String, Double> metrics, String inputSha256, long seed, String parametersFile,
                        String parametersSha256) {

    public ModelCard {
        featureNames = List.copyOf(featureNames);
        relationNames = List.copyOf(relationNames);
        metrics = Map.copyOf(metrics);
    }
}

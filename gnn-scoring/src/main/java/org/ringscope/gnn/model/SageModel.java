package org.ringscope.gnn.model;

import java.util.List;

/** A trained heterogeneous GraphSAGE: everything needed to score, nothing about where it came from. */
public record SageModel(SageConfig config, List<String> featureNames, List<String> relationNames,
                        FeatureScaler scaler, SageParameters parameters) {

    public SageModel {
        featureNames = List.copyOf(featureNames);
        relationNames = List.copyOf(relationNames);
    }
}

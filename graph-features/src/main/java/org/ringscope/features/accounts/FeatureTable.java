package org.ringscope.features.accounts;

import java.util.List;

/**
 * Features by column: {@code values[f][a]} is feature {@code names[f]} of account index {@code a}.
 */
public record FeatureTable(List<String> names, double[][] values) {
    public FeatureTable {
        if (names.size() != values.length) {
            throw new IllegalArgumentException(names.size() + " names for " + values.length + " columns");
        }
    }

    public double[] column(String name) {
        int f = names.indexOf(name);
        if (f < 0) {
            throw new IllegalArgumentException("no feature named " + name + "; features are " + names);
        }
        return values[f];
    }

    public double value(String name, int account) {
        return column(name)[account];
    }
}

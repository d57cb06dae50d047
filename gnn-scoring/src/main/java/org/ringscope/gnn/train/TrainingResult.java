package org.ringscope.gnn.train;

import java.util.List;
import org.ringscope.gnn.model.SageModel;

/**
 * The outcome of a training run: the model with the best validation PR-AUC and how it got there.
 *
 * @param bestEpoch 1-based epoch whose weights were kept
 */
public record TrainingResult(SageModel model, int bestEpoch, double bestValPrAuc, double bestValRocAuc,
                             List<EpochLog> history, long elapsedMillis) {

    public TrainingResult {
        history = List.copyOf(history);
    }

    public int epochsRun() {
        return history.size();
    }
}

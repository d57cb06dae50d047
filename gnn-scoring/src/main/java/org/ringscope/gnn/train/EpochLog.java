package org.ringscope.gnn.train;

/** One training epoch: mean weighted loss over its batches and the validation PR-AUC after it. */
public record EpochLog(int epoch, double trainLoss, double valPrAuc, double valRocAuc, long elapsedMillis) {
}

package org.ringscope.gnn.score;

import ai.djl.ndarray.NDManager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.ringscope.gnn.graph.GraphData;
import org.ringscope.gnn.model.NodeFlow;
import org.ringscope.gnn.model.NodeFlow.Occlusion;
import org.ringscope.gnn.model.SageModel;
import org.ringscope.gnn.model.SageNetwork;
import org.ringscope.gnn.runtime.TorchRuntime;

/**
 * Scores nodes with a trained model. Each node's neighbourhood is sampled from a stream seeded by (model seed, node),
 * so a score does not depend on the batch it was computed in, and a reloaded model gives the same scores.
 * Holds native memory: close it when done.
 */
public final class SageScorer implements AutoCloseable {

    private final SageModel model;
    private final NDManager manager;
    private final SageNetwork network;

    public SageScorer(SageModel model) {
        this.model = model;
        this.manager = TorchRuntime.newManager();
        this.network = new SageNetwork(model.config(), model.scaler(), model.parameters(), manager, false);
    }

    public SageModel model() {
        return model;
    }

    /** Fraud probabilities of the given nodes of graph, in the same order. */
    public float[] score(GraphData graph, int[] nodes) {
        checkGraph(graph);
        return network.predict(graph, nodes, model.config().seed(), model.config().batchSize());
    }

    /** First-layer states of a graph's nodes, computed once and shared by every target that samples them. */
    public record LayerOne(int nodeCount, float[] states) {
    }

    /** First-layer states of every node of graph (the expensive half of scoring, done once). */
    public LayerOne layerOne(GraphData graph) {
        checkGraph(graph);
        int[] all = java.util.stream.IntStream.range(0, graph.nodeCount()).toArray();
        return new LayerOne(graph.nodeCount(), network.layerOne(graph, all, model.config().seed(),
                model.config().batchSize()));
    }

    /**
     * Scores from precomputed first-layer states; graph may have nodes beyond them (a new event's node), whose
     * states are computed here. Equal to {@link #score(GraphData, int[])}.
     */
    public float[] score(GraphData graph, LayerOne known, int[] nodes) {
        checkGraph(graph);
        return network.predictFromLayerOne(graph, nodes, known.states(), known.nodeCount(), model.config().seed(),
                model.config().batchSize());
    }

    /** Every node's score, layer by layer: far less work than one sampled tree per node. */
    public float[] scoreAll(GraphData graph) {
        return score(graph, layerOne(graph), java.util.stream.IntStream.range(0, graph.nodeCount()).toArray());
    }

    /**
     * Occlusion over node's sampled neighbourhood: the contribution of each relation and of the topNeighbours
     * first-hop neighbours with the largest absolute contribution.
     */
    public Explanation explain(GraphData graph, int node, int topNeighbours) {
        checkGraph(graph);
        NodeFlow flow = network.sampler().sample(graph, new int[] {node}, model.config().seed());
        float logit = network.logits(graph, flow)[0];
        float score = SageNetwork.sigmoid(logit);
        List<String> relationNames = graph.relationNames();
        List<Occlusion> occlusions = new ArrayList<>();
        for (int r = 0; r < relationNames.size(); r++) {
            occlusions.add(Occlusion.wholeRelation(r));
        }
        for (int r = 0; r < relationNames.size(); r++) {
            Set<Integer> distinct = new LinkedHashSet<>();
            for (int neighbour : flow.firstHop(0, r)) {
                distinct.add(neighbour);
            }
            for (int neighbour : distinct) {
                occlusions.add(new Occlusion(r, neighbour));
            }
        }
        // All occluded variants go through the network as one batch.
        // Log-odds, not probabilities: near 0 or 1 a probability barely moves, however much a part pushed it.
        float[] occluded = occlusions.isEmpty() ? new float[0] : network.logits(graph, flow.occluded(occlusions));
        List<Explanation.RelationContribution> relations = new ArrayList<>();
        List<Explanation.NeighbourContribution> neighbours = new ArrayList<>();
        for (int i = 0; i < occlusions.size(); i++) {
            Occlusion o = occlusions.get(i);
            float contribution = logit - occluded[i];
            if (o.neighbour() == Occlusion.ALL) {
                relations.add(new Explanation.RelationContribution(relationNames.get(o.relation()),
                        flow.firstHop(0, o.relation()).length, contribution));
            } else {
                neighbours.add(new Explanation.NeighbourContribution(o.neighbour(), relationNames.get(o.relation()),
                        contribution));
            }
        }
        neighbours.sort(Comparator.comparingDouble((Explanation.NeighbourContribution c) ->
                Math.abs(c.contribution())).reversed());
        return new Explanation(node, score, relations, neighbours.subList(0, Math.min(topNeighbours,
                neighbours.size())));
    }

    private void checkGraph(GraphData graph) {
        if (!graph.featureNames().equals(model.featureNames()) || !graph.relationNames().equals(model.relationNames())) {
            throw new IllegalArgumentException("graph has features " + graph.featureNames() + " and relations "
                    + graph.relationNames() + "; the model was trained on " + model.featureNames() + " and "
                    + model.relationNames());
        }
    }

    @Override
    public void close() {
        network.close();
        manager.close();
    }
}

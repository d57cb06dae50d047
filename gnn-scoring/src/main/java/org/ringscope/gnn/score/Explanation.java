package org.ringscope.gnn.score;

import java.util.List;

/**
 * Why a node scored what it did, by occlusion over its sampled neighbourhood: each contribution is the score's
 * log-odds minus the log-odds with that part of the neighbourhood removed (positive = it raised the risk).
 */
public record Explanation(int node, float score, List<RelationContribution> relations,
                          List<NeighbourContribution> neighbours) {

    public Explanation {
        relations = List.copyOf(relations);
        neighbours = List.copyOf(neighbours);
    }

    /** Removing all sampled direct neighbours of one relation. */
    public record RelationContribution(String relation, int sampledNeighbours, float contribution) {
    }

    /** Removing one first-hop neighbour (every slot it was sampled into) of one relation. */
    public record NeighbourContribution(int neighbour, String relation, float contribution) {
    }
}

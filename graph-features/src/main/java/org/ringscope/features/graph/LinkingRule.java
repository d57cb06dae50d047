package org.ringscope.features.graph;

import org.ringscope.core.IdentifierKind;

/**
 * Which identifiers tie accounts together: those of a linking kind (link weight above 0) used by at least two and at
 * most {@code hubDegree} accounts. A carrier NAT IP or a shop tablet used by thousands ties nobody.
 */
public record LinkingRule(int hubDegree) {
    public LinkingRule {
        if (hubDegree < 2) {
            throw new IllegalArgumentException("hub degree must be at least 2 (an identifier links two accounts), was " + hubDegree);
        }
    }

    public boolean links(IdentityGraph graph, int identifier) {
        return links(graph.identifierKind(identifier), graph.degree(identifier));
    }

    /** The same rule for an identifier of this kind used by {@code degree} accounts (e.g. once an event is added). */
    public boolean links(IdentifierKind kind, int degree) {
        return kind.links() && degree >= 2 && degree <= hubDegree;
    }

    public boolean isHub(IdentityGraph graph, int identifier) {
        return graph.identifierKind(identifier).links() && graph.degree(identifier) > hubDegree;
    }
}

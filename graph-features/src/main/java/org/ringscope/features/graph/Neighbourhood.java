package org.ringscope.features.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The accounts and identifiers within {@code hops} account-to-account steps of one account, breadth first, for
 * drawing and for investigators. An identifier is a step's middle: account, its phone, the phone's other accounts.
 * A hub (an identifier of a linking kind used by more than the hub degree, or any identifier of a non-linking kind,
 * such as an IP prefix) is shown with its degree but never expanded: it would bring in thousands of strangers. The
 * walk stops adding nodes at {@code maxNodes} and says so.
 */
public final class Neighbourhood {
    private final LinkingRule rule;

    public Neighbourhood(LinkingRule rule) {
        this.rule = rule;
    }

    /** An account reached at {@code hop} steps (0: the centre). */
    public record AccountNode(String id, int hop, byte label) {
    }

    /** An identifier (pseudonymised key), how many accounts use it, and whether it was left unexpanded as a hub. */
    public record IdentifierNode(String kind, String key, int degree, boolean collapsed) {
    }

    /** An account's use of an identifier, first seen at epoch millis. */
    public record Link(String account, String kind, String key, long firstSeen) {
    }

    public record Result(List<AccountNode> accounts, List<IdentifierNode> identifiers, List<Link> links,
                         boolean truncated) {
    }

    public Result around(IdentityGraph graph, byte[] labels, int centre, int hops, int maxNodes) {
        Map<Integer, Integer> accountHop = new HashMap<>();
        Map<Integer, IdentifierNode> identifiers = new HashMap<>();
        List<AccountNode> accounts = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        accountHop.put(centre, 0);
        accounts.add(new AccountNode(graph.accountId(centre), 0, labels[centre]));
        List<Integer> frontier = List.of(centre);
        java.util.Set<Integer> walked = new java.util.HashSet<>();
        boolean truncated = false;
        int[] accountLinks = graph.accountLinks();
        int[] users = graph.identifierAccounts();
        for (int hop = 1; hop <= hops && !frontier.isEmpty() && !truncated; hop++) {
            List<Integer> next = new ArrayList<>();
            for (int a : frontier) {
                if (truncated) {
                    break;
                }
                walked.add(a);
                for (int x = graph.linksFrom(a); x < graph.linksTo(a) && !truncated; x++) {
                    int link = accountLinks[x];
                    int i = graph.linkIdentifier(link);
                    IdentifierNode node = identifiers.get(i);
                    if (node == null) {
                        if (accountHop.size() + identifiers.size() >= maxNodes) {
                            truncated = true;
                            break;
                        }
                        boolean expand = graph.identifierKind(i).links() && !rule.isHub(graph, i);
                        node = new IdentifierNode(graph.identifierKind(i).name(), graph.identifierKey(i),
                                graph.degree(i), !expand);
                        identifiers.put(i, node);
                        if (expand) {
                            for (int y = graph.accountsFrom(i); y < graph.accountsTo(i); y++) {
                                int b = users[y];
                                if (accountHop.containsKey(b)) {
                                    continue;
                                }
                                if (accountHop.size() + identifiers.size() >= maxNodes) {
                                    truncated = true;
                                    break;
                                }
                                accountHop.put(b, hop);
                                accounts.add(new AccountNode(graph.accountId(b), hop, labels[b]));
                                next.add(b);
                            }
                        }
                    }
                    links.add(new Link(graph.accountId(a), node.kind(), node.key(), graph.linkFirstSeen(link)));
                }
            }
            frontier = next;
        }
        // Accounts not walked (the outermost, or cut off by the limit) still show their links to identifiers
        // already in the picture, so nothing is drawn floating.
        for (AccountNode shown : accounts) {
            int a = graph.accountIndex(shown.id());
            if (walked.contains(a)) {
                continue;
            }
            for (int x = graph.linksFrom(a); x < graph.linksTo(a); x++) {
                int link = accountLinks[x];
                IdentifierNode node = identifiers.get(graph.linkIdentifier(link));
                if (node != null) {
                    links.add(new Link(graph.accountId(a), node.kind(), node.key(), graph.linkFirstSeen(link)));
                }
            }
        }
        return new Result(accounts, List.copyOf(identifiers.values()), links, truncated);
    }
}

package org.ringscope.features.rings;

import org.ringscope.features.graph.AccountFacts;
import org.ringscope.features.graph.IdentityGraph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Profiles rings for investigators: label counts, activity window, a typology guess, a risk score and a sentence.
 *
 * <p>The typology guess reads the ring's shape, in this order: three or more cards per member is card testing;
 * members opened within two weeks of each other that shared their identifiers from the start (links formed
 * within a week of the last opening) is synthetic identities; older accounts whose shared links were all formed
 * within two days is an account-takeover crew; shared identifiers of which at least two in three bind only two
 * members (a chain, perhaps with a recruiter's device in the middle) is money mules; anything else is a
 * first-party bust-out. Mules recruited in the same week are told from synthetic identities by the week rule:
 * they were linked later.
 *
 * <p>Risk combines what investigators already confirmed with how coordinated the ring looks:
 * {@code 1 - (1 - labels) * (1 - 0.8 * coordination)}, where {@code labels = fraud / (fraud + legit + 1)} and
 * {@code coordination} is the larger of {@code exp(-openedWithinDays / 30)} and {@code exp(-boundWithinDays / 7)}.
 * A heuristic until a model is trained on investigators' decisions; its ranking power is measured, not assumed.
 */
public final class RingProfiler {
    private static final double DAY = 86_400_000.0;
    private static final int NAMED_BINDINGS = 2;

    public List<RingProfile> profile(IdentityGraph graph, AccountFacts facts, List<Ring> rings) {
        int[] ringOf = Ring.indexByAccount(graph, rings);
        List<Set<String>> bindingKeys = new ArrayList<>();
        for (int r = 0; r < rings.size(); r++) {
            Set<String> keys = new HashSet<>();
            rings.get(r).bindings().forEach(b -> keys.add(b.kind() + ' ' + b.key()));
            bindingKeys.add(keys);
        }
        int[] cards = new int[rings.size()];
        long[] boundFrom = new long[rings.size()];
        long[] boundTo = new long[rings.size()];
        Arrays.fill(boundFrom, Long.MAX_VALUE);
        Arrays.fill(boundTo, Long.MIN_VALUE);
        for (int l = 0; l < graph.linkCount(); l++) {
            int r = ringOf[graph.linkAccount(l)];
            if (r < 0) {
                continue;
            }
            int identifier = graph.linkIdentifier(l);
            String kind = graph.identifierKind(identifier).name();
            if (kind.equals("card")) {
                cards[r]++;
            }
            if (bindingKeys.get(r).contains(kind + ' ' + graph.identifierKey(identifier))) {
                boundFrom[r] = Math.min(boundFrom[r], graph.linkFirstSeen(l));
                boundTo[r] = Math.max(boundTo[r], graph.linkFirstSeen(l));
            }
        }
        List<RingProfile> profiles = new ArrayList<>(rings.size());
        for (int r = 0; r < rings.size(); r++) {
            profiles.add(profile(graph, facts, rings.get(r), cards[r],
                    boundTo[r] < boundFrom[r] ? 0 : (boundTo[r] - boundFrom[r]) / DAY));
        }
        return profiles;
    }

    private static RingProfile profile(IdentityGraph graph, AccountFacts facts, Ring ring, int cardLinks,
                                       double boundWithinDays) {
        int fraud = 0;
        int legit = 0;
        long firstSeen = Long.MAX_VALUE;
        long lastFirstSeen = Long.MIN_VALUE;
        long lastSeen = Long.MIN_VALUE;
        for (String member : ring.members()) {
            int a = graph.accountIndex(member);
            fraud += facts.label()[a] == AccountFacts.FRAUD ? 1 : 0;
            legit += facts.label()[a] == AccountFacts.LEGIT ? 1 : 0;
            firstSeen = Math.min(firstSeen, facts.firstSeen()[a]);
            lastFirstSeen = Math.max(lastFirstSeen, facts.firstSeen()[a]);
            lastSeen = Math.max(lastSeen, facts.lastSeen()[a]);
        }
        double openedWithinDays = (lastFirstSeen - firstSeen) / DAY;
        String typology = typology(ring, (double) cardLinks / ring.size(), openedWithinDays, boundWithinDays);
        double labels = fraud / (fraud + legit + 1.0);
        double coordination = Math.max(Math.exp(-openedWithinDays / 30), Math.exp(-boundWithinDays / 7));
        double risk = 1 - (1 - labels) * (1 - 0.8 * coordination);
        return new RingProfile(ring.id(), ring.size(), fraud, legit, firstSeen, lastSeen, openedWithinDays,
                boundWithinDays, typology, risk, explain(ring, fraud, legit, openedWithinDays, boundWithinDays));
    }

    static String typology(Ring ring, double cardsPerMember, double openedWithinDays, double boundWithinDays) {
        if (cardsPerMember >= 3) {
            return "card_testing";
        }
        if (openedWithinDays <= 14 && boundWithinDays <= openedWithinDays + 7) {
            return "synthetic_identity";
        }
        if (boundWithinDays <= 2) {
            return "account_takeover";
        }
        long pairs = ring.bindings().stream().filter(b -> b.members() == 2).count();
        if (!ring.bindings().isEmpty() && 3 * pairs >= 2 * ring.bindings().size()) {
            return "money_mule";
        }
        return "bust_out";
    }

    static String explain(Ring ring, int fraud, int legit, double openedWithinDays, double boundWithinDays) {
        StringBuilder s = new StringBuilder().append(ring.size()).append(" accounts share ");
        List<Ring.Binding> named = ring.bindings().subList(0, Math.min(NAMED_BINDINGS, ring.bindings().size()));
        for (int i = 0; i < named.size(); i++) {
            Ring.Binding b = named.get(i);
            s.append(i == 0 ? "" : " and ").append(b.kind()).append(" #").append(b.key(), 0, Math.min(4, b.key().length()))
                    .append(" (").append(b.members()).append(')');
        }
        int more = ring.bindings().size() - named.size();
        if (more > 0) {
            s.append(" plus ").append(more).append(more == 1 ? " more identifier" : " more identifiers");
        }
        s.append(String.format(Locale.ROOT, "; opened within %s, shared links formed within %s",
                days(openedWithinDays), days(boundWithinDays)));
        if (!ring.adopted().isEmpty()) {
            s.append("; ").append(ring.adopted().size())
                    .append(" joined later by taking up a member's address, network or card");
        }
        s.append("; ").append(fraud).append(" confirmed fraud");
        if (legit > 0) {
            s.append(", ").append(legit).append(" cleared");
        }
        return s.toString();
    }

    private static String days(double days) {
        if (days < 1) {
            return String.format(Locale.ROOT, "%.0f h", days * 24);
        }
        return String.format(Locale.ROOT, "%.0f days", days);
    }
}

package org.ringscope.features.graph;

import org.ringscope.core.IdentifierKind;
import org.ringscope.core.IdentifierKinds;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * A compact, read-only snapshot of the account–identifier graph: accounts and identifiers are int indices,
 * links are parallel arrays, and each identifier's accounts are kept in CSR form. Algorithms take this and
 * return plain values; nothing here knows where the graph came from.
 */
public final class IdentityGraph {
    private final IdentifierKinds kinds;
    private final String[] accountIds;
    private final String[] identifierKeys;
    private final byte[] identifierKind;
    private final int[] linkAccount;
    private final int[] linkIdentifier;
    private final long[] linkFirstSeen;
    /** accounts of identifier i are identifierAccounts[identifierOffsets[i] .. identifierOffsets[i+1]) */
    private final int[] identifierOffsets;
    private final int[] identifierAccounts;
    /** when each account in identifierAccounts first used that identifier, slot for slot */
    private final long[] identifierFirstSeen;
    /** links of account a are accountLinks[accountOffsets[a] .. accountOffsets[a+1]) */
    private final int[] accountOffsets;
    private final int[] accountLinks;
    private final Map<String, Integer> accountIndex;
    private final Map<String, Integer>[] identifierIndex;

    private IdentityGraph(IdentifierKinds kinds, String[] accountIds, String[] identifierKeys, byte[] identifierKind,
                          int[] linkAccount, int[] linkIdentifier, long[] linkFirstSeen, Map<String, Integer> accountIndex,
                          Map<String, Integer>[] identifierIndex) {
        this.identifierIndex = identifierIndex;
        this.kinds = kinds;
        this.accountIds = accountIds;
        this.identifierKeys = identifierKeys;
        this.identifierKind = identifierKind;
        this.linkAccount = linkAccount;
        this.linkIdentifier = linkIdentifier;
        this.linkFirstSeen = linkFirstSeen;
        this.accountIndex = accountIndex;
        this.identifierOffsets = new int[identifierKeys.length + 1];
        for (int id : linkIdentifier) {
            identifierOffsets[id + 1]++;
        }
        for (int i = 0; i < identifierKeys.length; i++) {
            identifierOffsets[i + 1] += identifierOffsets[i];
        }
        this.identifierAccounts = new int[linkIdentifier.length];
        this.identifierFirstSeen = new long[linkIdentifier.length];
        int[] fill = Arrays.copyOf(identifierOffsets, identifierKeys.length);
        for (int l = 0; l < linkIdentifier.length; l++) {
            int slot = fill[linkIdentifier[l]]++;
            identifierAccounts[slot] = linkAccount[l];
            identifierFirstSeen[slot] = linkFirstSeen[l];
        }
        this.accountOffsets = new int[accountIds.length + 1];
        for (int a : linkAccount) {
            accountOffsets[a + 1]++;
        }
        for (int a = 0; a < accountIds.length; a++) {
            accountOffsets[a + 1] += accountOffsets[a];
        }
        this.accountLinks = new int[linkAccount.length];
        int[] next = Arrays.copyOf(accountOffsets, accountIds.length);
        for (int l = 0; l < linkAccount.length; l++) {
            accountLinks[next[linkAccount[l]]++] = l;
        }
    }

    /**
     * The graph as it was known at {@code asOfMillis}: only links first seen at or before it. Account and identifier
     * indices are the same as in this graph, so results computed on either line up.
     */
    public IdentityGraph asOf(long asOfMillis) {
        int kept = 0;
        for (long t : linkFirstSeen) {
            kept += t <= asOfMillis ? 1 : 0;
        }
        int[] account = new int[kept];
        int[] identifier = new int[kept];
        long[] firstSeen = new long[kept];
        int k = 0;
        for (int l = 0; l < linkFirstSeen.length; l++) {
            if (linkFirstSeen[l] <= asOfMillis) {
                account[k] = linkAccount[l];
                identifier[k] = linkIdentifier[l];
                firstSeen[k++] = linkFirstSeen[l];
            }
        }
        return new IdentityGraph(kinds, accountIds, identifierKeys, identifierKind, account, identifier, firstSeen,
                accountIndex, identifierIndex);
    }

    /** The links of an account, as a slice [from, to) of {@link #accountLinks()}. */
    public int linksFrom(int account) {
        return accountOffsets[account];
    }

    public int linksTo(int account) {
        return accountOffsets[account + 1];
    }

    /** Shared array of link indices grouped by account: do not modify. */
    public int[] accountLinks() {
        return accountLinks;
    }

    public static Builder builder(IdentifierKinds kinds) {
        return new Builder(kinds);
    }

    public IdentifierKinds kinds() {
        return kinds;
    }

    public int accountCount() {
        return accountIds.length;
    }

    public int identifierCount() {
        return identifierKeys.length;
    }

    public int linkCount() {
        return linkAccount.length;
    }

    public String accountId(int account) {
        return accountIds[account];
    }

    /** The index of an account id, or -1. */
    public int accountIndex(String accountId) {
        Integer i = accountIndex.get(accountId);
        return i == null ? -1 : i;
    }

    /** The index of an identifier by kind and key, or -1. */
    public int identifierIndex(String kindName, String key) {
        Integer i = identifierIndex[kinds.indexOf(kinds.require(kindName))].get(key);
        return i == null ? -1 : i;
    }

    public String identifierKey(int identifier) {
        return identifierKeys[identifier];
    }

    public IdentifierKind identifierKind(int identifier) {
        return kinds.all().get(identifierKind[identifier]);
    }

    /** How many distinct accounts use the identifier. */
    public int degree(int identifier) {
        return identifierOffsets[identifier + 1] - identifierOffsets[identifier];
    }

    /** The accounts using an identifier, as a slice [from, to) of {@link #identifierAccounts()}. */
    public int accountsFrom(int identifier) {
        return identifierOffsets[identifier];
    }

    public int accountsTo(int identifier) {
        return identifierOffsets[identifier + 1];
    }

    /** Shared array: do not modify. */
    public int[] identifierAccounts() {
        return identifierAccounts;
    }

    /** Shared array, aligned with {@link #identifierAccounts()}: when that account first used the identifier. */
    public long[] identifierFirstSeen() {
        return identifierFirstSeen;
    }

    public int linkAccount(int link) {
        return linkAccount[link];
    }

    public int linkIdentifier(int link) {
        return linkIdentifier[link];
    }

    /** When the newest link was first seen (epoch millis; 0 for an empty graph): "now" as far as the graph knows. */
    public long lastLinkMillis() {
        long last = 0;
        for (long t : linkFirstSeen) {
            last = Math.max(last, t);
        }
        return last;
    }

    public long linkFirstSeen(int link) {
        return linkFirstSeen[link];
    }

    /** Collects links; ids are interned to indices in first-seen order. */
    public static final class Builder {
        private final IdentifierKinds kinds;
        private final Map<String, Integer> accounts = new HashMap<>();
        private final Map<String, Integer>[] identifiersByKind;
        private String[] accountIds = new String[1024];
        private String[] identifierKeys = new String[1024];
        private byte[] identifierKind = new byte[1024];
        private int[] linkAccount = new int[4096];
        private int[] linkIdentifier = new int[4096];
        private long[] linkFirstSeen = new long[4096];
        private int identifiers;
        private int links;

        @SuppressWarnings("unchecked")
        private Builder(IdentifierKinds kinds) {
            this.kinds = kinds;
            this.identifiersByKind = new Map[kinds.size()];
            for (int k = 0; k < kinds.size(); k++) {
                identifiersByKind[k] = new HashMap<>();
            }
        }

        public int account(String id) {
            Integer index = accounts.get(id);
            if (index == null) {
                index = accounts.size();
                if (index == accountIds.length) {
                    accountIds = Arrays.copyOf(accountIds, index * 2);
                }
                accountIds[index] = id;
                accounts.put(id, index);
            }
            return index;
        }

        public int identifier(int kind, String key) {
            Integer index = identifiersByKind[kind].get(key);
            if (index == null) {
                index = identifiers++;
                if (index == identifierKeys.length) {
                    identifierKeys = Arrays.copyOf(identifierKeys, index * 2);
                    identifierKind = Arrays.copyOf(identifierKind, index * 2);
                }
                identifierKeys[index] = key;
                identifierKind[index] = (byte) kind;
                identifiersByKind[kind].put(key, index);
            }
            return index;
        }

        /** Adds one account–identifier link (callers add each pair once). */
        public Builder link(String accountId, int kind, String key, long firstSeenMillis) {
            return link(account(accountId), kind, key, firstSeenMillis);
        }

        /** Same, for an account already added: {@code account} is what {@link #account} returned. */
        public Builder link(int a, int kind, String key, long firstSeenMillis) {
            if (a < 0 || a >= accounts.size()) {
                throw new IllegalArgumentException("no account with index " + a);
            }
            int i = identifier(kind, key);
            if (links == linkAccount.length) {
                linkAccount = Arrays.copyOf(linkAccount, links * 2);
                linkIdentifier = Arrays.copyOf(linkIdentifier, links * 2);
                linkFirstSeen = Arrays.copyOf(linkFirstSeen, links * 2);
            }
            linkAccount[links] = a;
            linkIdentifier[links] = i;
            linkFirstSeen[links] = firstSeenMillis;
            links++;
            return this;
        }

        /** Convenience for hand-made graphs: kind by name. */
        public Builder link(String accountId, String kindName, String key, long firstSeenMillis) {
            return link(accountId, kinds.indexOf(kinds.require(kindName)), key, firstSeenMillis);
        }

        public IdentityGraph build() {
            return new IdentityGraph(kinds, Arrays.copyOf(accountIds, accounts.size()),
                    Arrays.copyOf(identifierKeys, identifiers), Arrays.copyOf(identifierKind, identifiers),
                    Arrays.copyOf(linkAccount, links), Arrays.copyOf(linkIdentifier, links),
                    Arrays.copyOf(linkFirstSeen, links), accounts, identifiersByKind);
        }
    }
}

package org.ringscope.features.graph;

import java.util.Arrays;

/**
 * Disjoint sets over 0..n-1 with path halving and union by size: near-constant time per operation. Grows with
 * {@link #add()}, for structures maintained online.
 */
public final class IntUnionFind {
    private int[] parent;
    private int[] size;
    private int count;

    public IntUnionFind(int n) {
        parent = new int[Math.max(n, 16)];
        size = new int[parent.length];
        for (int i = 0; i < n; i++) {
            add();
        }
    }

    /** A new singleton set; returns its element. */
    public int add() {
        if (count == parent.length) {
            parent = Arrays.copyOf(parent, count * 2);
            size = Arrays.copyOf(size, count * 2);
        }
        parent[count] = count;
        size[count] = 1;
        return count++;
    }

    public int find(int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    /** @return the root of the merged set */
    public int union(int a, int b) {
        int ra = find(a);
        int rb = find(b);
        if (ra == rb) {
            return ra;
        }
        if (size[ra] < size[rb]) {
            int t = ra;
            ra = rb;
            rb = t;
        }
        parent[rb] = ra;
        size[ra] += size[rb];
        return ra;
    }

    public int sizeOf(int x) {
        return size[find(x)];
    }

    public int elementCount() {
        return count;
    }
}

package org.newskg.story;

import java.util.Set;

/**
 * MinHash signatures: {@link #SIZE} minima of independent hash functions over a shingle set.
 * The share of equal positions in two signatures estimates the Jaccard similarity of the sets,
 * so two bodies are compared in {@code SIZE} steps however long they are, and the index needs
 * to keep only the signature of each article, not its text.
 */
public final class MinHash {
    private MinHash() {}

    public static final int SIZE = 64;

    /** Fixed seeds: signatures written by one run must compare with those of the next. */
    private static final long[] SEEDS = new long[SIZE];

    static {
        long x = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < SIZE; i++) {
            x = mix(x + 0x9E3779B97F4A7C15L);
            SEEDS[i] = x;
        }
    }

    public static int[] signature(Set<Long> shingles) {
        int[] sig = new int[SIZE];
        java.util.Arrays.fill(sig, Integer.MAX_VALUE);
        for (long s : shingles) {
            for (int i = 0; i < SIZE; i++) {
                int h = (int) (mix(s ^ SEEDS[i]) >>> 33);
                if (h < sig[i]) {
                    sig[i] = h;
                }
            }
        }
        return sig;
    }

    /** The estimated Jaccard similarity of the sets behind two signatures. */
    public static double similarity(int[] a, int[] b) {
        int same = 0;
        for (int i = 0; i < SIZE; i++) {
            if (a[i] == b[i]) {
                same++;
            }
        }
        return same / (double) SIZE;
    }

    /** SplitMix64's finaliser: a cheap, well-mixed 64-bit hash. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}

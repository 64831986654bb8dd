package org.newskg.text;

import java.util.Arrays;

/**
 * Maps offsets in cleaned text back to the raw article text. The cleaned text is a sequence of
 * pieces copied from the raw text (with separators between them); each piece is recorded once.
 */
public final class OffsetMap {
    private final int[] cleanStarts;
    private final int[] rawStarts;
    private final int[] lengths;

    OffsetMap(int[] cleanStarts, int[] rawStarts, int[] lengths) {
        this.cleanStarts = cleanStarts;
        this.rawStarts = rawStarts;
        this.lengths = lengths;
    }

    public static OffsetMap identity(int length) {
        return new OffsetMap(new int[] {0}, new int[] {0}, new int[] {length});
    }

    /** The raw offset of a clean offset; an offset on a separator maps to the start of the next piece. */
    public int toRaw(int cleanOffset) {
        if (cleanStarts.length == 0) {
            return cleanOffset;
        }
        int i = Arrays.binarySearch(cleanStarts, cleanOffset);
        if (i < 0) {
            i = -i - 2;
        }
        if (i < 0) {
            return rawStarts[0];
        }
        int within = cleanOffset - cleanStarts[i];
        if (within <= lengths[i]) {
            return rawStarts[i] + within;
        }
        return i + 1 < rawStarts.length ? rawStarts[i + 1] : rawStarts[i] + lengths[i];
    }

    /** Builds the cleaned text and its map together, so they cannot disagree. */
    public static final class Builder {
        private final StringBuilder text = new StringBuilder();
        private int[] cs = new int[16];
        private int[] rs = new int[16];
        private int[] ls = new int[16];
        private int n;
        private final String raw;

        public Builder(String raw) {
            this.raw = raw;
        }

        /** Appends raw[start, end) as one piece. */
        public Builder piece(int start, int end) {
            if (start < 0 || end > raw.length() || start > end) {
                throw new IllegalArgumentException(
                        "piece [" + start + "," + end + ") outside raw text of length " + raw.length());
            }
            if (n == cs.length) {
                cs = Arrays.copyOf(cs, n * 2);
                rs = Arrays.copyOf(rs, n * 2);
                ls = Arrays.copyOf(ls, n * 2);
            }
            cs[n] = text.length();
            rs[n] = start;
            ls[n] = end - start;
            n++;
            text.append(raw, start, end);
            return this;
        }

        public Builder separator(String s) {
            text.append(s);
            return this;
        }

        public int length() {
            return text.length();
        }

        public String text() {
            return text.toString();
        }

        public OffsetMap map() {
            return new OffsetMap(Arrays.copyOf(cs, n), Arrays.copyOf(rs, n), Arrays.copyOf(ls, n));
        }
    }
}

package org.newskg.serve.regex;

import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecException;

/**
 * A string as the regex engine reads it, one {@code charAt} at a time, with a cost meter: after
 * {@code maxReads} reads the match is given up (a pattern such as {@code (.*a){12}$} needs
 * exponentially many on a short literal), and every few thousand reads the query's cancel signal is
 * checked, so the query timeout stops a match that is under way. {@code java.util.regex} reads its
 * input only through {@link CharSequence#charAt} here, which makes this the one place to count.
 */
final class BudgetedChars implements CharSequence {
    private final String text;
    private final Meter meter;
    private final int offset;
    private final int length;

    BudgetedChars(String text, Meter meter) {
        this(text, meter, 0, text.length());
    }

    private BudgetedChars(String text, Meter meter, int offset, int length) {
        this.text = text;
        this.meter = meter;
        this.offset = offset;
        this.length = length;
    }

    @Override
    public int length() {
        return length;
    }

    @Override
    public char charAt(int index) {
        meter.tick();
        return text.charAt(offset + index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        if (start < 0 || end > length || start > end) {
            throw new IndexOutOfBoundsException("subSequence(" + start + ", " + end + ") of " + length);
        }
        return new BudgetedChars(text, meter, offset + start, end - start);
    }

    @Override
    public String toString() {
        return text.substring(offset, offset + length);
    }

    /** Counts reads for one match; shared by the sub-sequences the engine takes. */
    static final class Meter {
        private static final int CHECK_EVERY = 4096;
        private final long maxReads;
        private final AtomicBoolean cancel;
        private final String function;
        private long reads;

        /** @param cancel the query's cancel signal (set at its timeout), or null outside a query execution */
        Meter(String function, long maxReads, AtomicBoolean cancel) {
            this.function = function;
            this.maxReads = maxReads;
            this.cancel = cancel;
        }

        void tick() {
            long n = ++reads;
            if ((n & (CHECK_EVERY - 1)) == 0) {
                if (cancel != null && cancel.get()) {
                    throw new QueryCancelledException();
                }
                if (n > maxReads) {
                    throw new QueryExecException(function + ": the regular expression is too costly on this text "
                            + "(gave up after " + maxReads + " steps); simplify the pattern");
                }
            }
        }
    }
}

package org.newskg.article;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Lets a WARC stream be read only as far as the records announced so far allow: each record may
 * take its header (a fixed allowance) and the block its Content-Length declares. A header that
 * never ends - one line of a gigabyte, expanded from a small .warc.gz - fails with
 * {@link OverBudget} once past its allowance, instead of growing jwarc's header buffer until the
 * heap is gone. The allowance is cumulative, so read-ahead is covered.
 */
final class HeaderBudget extends FilterInputStream {

    static final class OverBudget extends IOException {
        OverBudget(long limit) {
            super("WARC record header over " + limit + " bytes (a corrupt or hostile archive)");
        }
    }

    private final long headerLimit;
    private long allowed;
    private long read;

    /** @param headerLimit the first record's allowance; see {@link #allow} for the next ones */
    HeaderBudget(InputStream in, long headerLimit) {
        super(in);
        this.headerLimit = headerLimit;
        this.allowed = headerLimit;
    }

    /** Adds {@code bytes} to what may be read (saturating: a block may declare any length). */
    void allow(long bytes) {
        long b = Math.max(0, bytes);
        allowed = allowed > Long.MAX_VALUE - b ? Long.MAX_VALUE : allowed + b;
    }

    @Override
    public int read() throws IOException {
        check(1);
        int b = super.read();
        if (b >= 0) {
            read++;
        }
        return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
        check(1);
        // never hand out more than is allowed, so the check above sees the overrun on the next call
        int n = super.read(buf, off, (int) Math.min(len, Math.max(1, allowed - read)));
        if (n > 0) {
            read += n;
        }
        return n;
    }

    private void check(int next) throws OverBudget {
        if (read + next > allowed) {
            throw new OverBudget(headerLimit);
        }
    }

    @Override
    public long skip(long n) throws IOException {
        long s = super.skip(Math.min(n, Math.max(0, allowed - read)));
        read += s;
        return s;
    }
}

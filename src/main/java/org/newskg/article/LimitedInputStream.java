package org.newskg.article;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Fails with {@link OverLimit} once more than a set number of bytes has been read. */
final class LimitedInputStream extends FilterInputStream {

    static final class OverLimit extends IOException {
        OverLimit(long limit) {
            super("input is over the limit of " + limit + " bytes");
        }
    }

    private final long limit;
    private long count;

    LimitedInputStream(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0 && ++count > limit) {
            throw new OverLimit(limit);
        }
        return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        if (n > 0 && (count += n) > limit) {
            throw new OverLimit(limit);
        }
        return n;
    }

    @Override
    public void close() {
        // the caller owns the stream
    }
}

package org.newskg.article;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/** Decompresses a gzip stream (every member of a multi-member file such as a .warc.gz), or passes it through. */
final class Gunzip {
    private Gunzip() {}

    /** {@code in} decompressed when it starts with the gzip magic number, else {@code in} as it is. */
    static InputStream ifCompressed(InputStream in) throws IOException {
        BufferedInputStream b = new BufferedInputStream(in, 1 << 16);
        b.mark(2);
        int m1 = b.read();
        int m2 = b.read();
        b.reset();
        if (m1 != 0x1f || m2 != 0x8b) {
            return b;
        }
        return new GZIPInputStream(new MoreMembers(b), 1 << 16);
    }

    /**
     * Before Java 23, GZIPInputStream looks for another member only when {@code available()} is
     * above zero, which a pipe (standard input) may not be at a member boundary: the rest of the
     * archive would be dropped silently. Saying there is more makes it try; at the true end its
     * header read fails and it ends cleanly (Java 23's behaviour).
     */
    private static final class MoreMembers extends FilterInputStream {
        MoreMembers(InputStream in) {
            super(in);
        }

        @Override
        public int available() throws IOException {
            return Math.max(1, super.available());
        }
    }
}

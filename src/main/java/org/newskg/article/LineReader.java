package org.newskg.article;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads lines (ended by LF, CR or CR LF) of at most a set number of characters, so that one line
 * of a JSON Lines file cannot take the heap: a longer line is skipped to its end, streamed rather
 * than kept, and flagged ({@link #overLimit()}). A NUL character flags the input as binary
 * ({@link #binary()}) and ends the line at once: a multi-gigabyte file of zeros is not scanned.
 */
final class LineReader {
    private final Reader in;
    private final long maxChars;
    private final char[] buf = new char[1 << 16];
    private int pos;
    private int len;
    private boolean skipLf;
    private boolean overLimit;
    private boolean binary;
    private long length;

    LineReader(Reader in, long maxChars) {
        this.in = in;
        this.maxChars = maxChars;
    }

    /**
     * The next line without its terminator, or null at the end of the input. When the line is over
     * the limit or binary, what was kept of it is returned and {@link #overLimit()} or
     * {@link #binary()} says so.
     */
    String readLine() throws IOException {
        overLimit = false;
        length = 0;
        StringBuilder line = new StringBuilder();
        boolean any = false;
        while (true) {
            if (pos == len) {
                int n = in.read(buf, 0, buf.length);
                if (n <= 0) {
                    pos = len = 0;
                    return any ? line.toString() : null;
                }
                pos = 0;
                len = n;
            }
            if (skipLf) {
                skipLf = false;
                if (buf[pos] == '\n') {
                    pos++; // the LF of a CR LF
                    continue;
                }
            }
            any = true;
            int start = pos;
            while (pos < len && buf[pos] != '\n' && buf[pos] != '\r' && buf[pos] != '\0') {
                pos++;
            }
            keep(line, start, pos);
            if (pos == len) {
                continue;
            }
            char end = buf[pos++];
            if (end == '\0') {
                binary = true;
                return line.toString();
            }
            skipLf = end == '\r';
            return line.toString();
        }
    }

    private void keep(StringBuilder line, int from, int to) {
        int n = to - from;
        length += n;
        if (overLimit) {
            return;
        }
        if (length > maxChars) {
            overLimit = true;
            line.setLength(0); // nothing of an over-long line is used
            line.trimToSize();
            return;
        }
        line.append(buf, from, n);
    }

    /** Whether the last line read was longer than the limit (and skipped). */
    boolean overLimit() {
        return overLimit;
    }

    /** Whether a NUL character was met: the input is not text. */
    boolean binary() {
        return binary;
    }

    /** Length in characters of the last line read, the skipped part included. */
    long length() {
        return length;
    }
}

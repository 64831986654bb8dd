package org.newskg.article;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Bytes to text for article files: UTF-8 (with or without BOM) or UTF-16 with BOM; text that is not
 * valid UTF-8 is read as Windows-1252, the usual encoding of older news pages. Binary content is
 * refused with a reason.
 */
public final class TextDecoder {

    /** Thrown for content that is not text at all. */
    public static final class NotTextException extends Exception {
        public NotTextException(String reason) {
            super(reason);
        }
    }

    /** The decoded text and the encoding that was used. */
    public record Decoded(String text, String encoding, boolean fallback) {}

    private TextDecoder() {}

    public static Decoded decode(byte[] bytes) throws NotTextException {
        if (bytes.length >= 2 && (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), "UTF-16BE", false);
        }
        if (bytes.length >= 2 && (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), "UTF-16LE", false);
        }
        int offset = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF
                ? 3
                : 0;
        int controls = 0;
        for (int i = offset; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                throw new NotTextException("binary content (NUL byte at offset " + i + "), not an article");
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                controls++;
            }
        }
        if (controls > Math.max(8, bytes.length / 100)) {
            throw new NotTextException("binary content (" + controls + " control bytes), not an article");
        }
        try {
            String s = strict(StandardCharsets.UTF_8)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString();
            return new Decoded(s, "UTF-8", false);
        } catch (CharacterCodingException e) {
            return new Decoded(
                    new String(bytes, offset, bytes.length - offset, Charset.forName("windows-1252")),
                    "windows-1252",
                    true);
        }
    }

    /**
     * Reads and decodes a whole stream for a reader: content that is not text is reported as an error
     * (null is returned), a non-UTF-8 fallback as a warning.
     */
    public static String readText(String source, java.io.InputStream in, org.newskg.problem.ProblemReporter problems)
            throws java.io.IOException {
        Decoded decoded;
        try {
            decoded = decode(in.readAllBytes());
        } catch (NotTextException e) {
            problems.report(org.newskg.problem.Problem.error(source, e.getMessage()));
            return null;
        }
        if (decoded.fallback()) {
            problems.report(
                    org.newskg.problem.Problem.warning(source, "not valid UTF-8; read as " + decoded.encoding()));
        }
        return decoded.text();
    }

    private static java.nio.charset.CharsetDecoder strict(Charset cs) {
        return cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }
}

package org.newskg.article;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcConversion;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTargetRecord;
import org.newskg.problem.Problem;
import org.newskg.problem.ProblemReporter;

/**
 * Web archives (.warc, .warc.gz; Common Crawl .wet text extracts), streamed with jwarc.
 * <ul>
 *   <li>response records with an HTML payload (HTTP 2xx) go through {@link HtmlExtractor}, as
 *       {@link HtmlReader} does with a saved page;</li>
 *   <li>resource and conversion records: text/plain as a plain-text article (headline first), HTML
 *       as a page;</li>
 *   <li>everything else (requests, metadata, images, scripts, redirects) is skipped.</li>
 * </ul>
 * The URL is the record's WARC-Target-URI; WARC-Date is the published date when the page states
 * none. Each article's source is {@code file#N}, N the 1-based record number in the file. Pages
 * without story text are reported as warnings (archives hold many pages that are not articles).
 * A truncated or corrupt archive is reported with the record number and offset where reading
 * stopped, after the records before it were read. A record header is at most
 * {@link #MAX_HEADER_BYTES} long: jwarc keeps a header in memory, and a small .warc.gz can expand
 * to a header of gigabytes.
 */
public final class WarcReader implements ArticleReader {

    /** Payloads larger than this are skipped (a page is never this big; a video is). */
    static final int MAX_PAYLOAD_BYTES = 16 * 1024 * 1024;

    /** Header block of one record at most (real ones are a few hundred bytes), read-ahead included. */
    static final int MAX_HEADER_BYTES = 1024 * 1024;

    private final PlainTextReader plain = new PlainTextReader();

    @Override
    public boolean accepts(String fileName) {
        String f = fileName.toLowerCase(Locale.ROOT);
        return f.endsWith(".warc") || f.endsWith(".warc.gz") || f.endsWith(".wet") || f.endsWith(".wet.gz");
    }

    @Override
    public boolean streaming() {
        return true;
    }

    @Override
    public void read(
            String source, InputStream in, ArticleMeta defaults, ProblemReporter problems, Consumer<Article> sink)
            throws IOException {
        org.netpreserve.jwarc.WarcReader reader;
        HeaderBudget budget;
        try {
            // decompressed here rather than by jwarc, so that the bytes it reads can be counted
            budget = new HeaderBudget(Gunzip.ifCompressed(in), MAX_HEADER_BYTES);
            reader = new org.netpreserve.jwarc.WarcReader(budget);
        } catch (HeaderBudget.OverBudget e) {
            problems.report(Problem.error(source, e.getMessage() + " at the start; not read"));
            return;
        } catch (IOException | IllegalArgumentException e) {
            problems.report(Problem.error(source, "not a WARC file: " + ArticleSources.describe(e)));
            return;
        }
        ProblemReporter pageProblems =
                p -> problems.report(new Problem(Problem.Severity.WARNING, p.source(), p.line(), p.reason()));
        try (reader) {
            long n = 0;
            long lastOffset = -1;
            while (true) {
                Optional<WarcRecord> next;
                try {
                    next = reader.next();
                } catch (HeaderBudget.OverBudget e) {
                    problems.report(Problem.error(
                            source,
                            e.getMessage() + " in record " + (n + 1) + "; reading stopped after " + n
                                    + " complete record" + (n == 1 ? "" : "s")));
                    return;
                } catch (IOException | RuntimeException e) {
                    problems.report(Problem.error(source, stopped(n, lastOffset, e)));
                    return;
                }
                if (next.isEmpty()) {
                    if (n == 0) {
                        problems.report(Problem.error(source, "empty WARC file: no records"));
                    }
                    return;
                }
                long offset = reader.position();
                n++;
                // this record's block, and the next record's header
                budget.allow(next.get().body().size() + MAX_HEADER_BYTES);
                try {
                    record(source + "#" + n, next.get(), defaults, pageProblems, sink);
                } catch (ParsingException e) {
                    problems.report(Problem.warning(
                            source,
                            "record " + n + " (offset " + offset + "): unreadable HTTP message, skipped: "
                                    + e.getBaseMessage()));
                } catch (IOException | RuntimeException e) {
                    problems.report(Problem.error(source, stopped(n - 1, lastOffset, e)));
                    return;
                }
                lastOffset = offset;
            }
        }
    }

    /**
     * jwarc reads ahead (and lazily finishes the previous record), so the exact start of the record
     * that failed is not known (in a .warc.gz the failure can even surface one record early); the
     * report names how many records were read and the offset of the last one (for .warc.gz, the
     * offset in the decompressed archive).
     */
    private static String stopped(long complete, long lastOffset, Throwable e) {
        return "truncated or corrupt WARC: reading stopped after " + complete + " complete record"
                + (complete == 1 ? "" : "s") + (complete > 0 ? " (the last at offset " + lastOffset + ")" : "")
                + ": " + ArticleSources.describe(e);
    }

    private void record(
            String source, WarcRecord rec, ArticleMeta defaults, ProblemReporter problems, Consumer<Article> sink)
            throws IOException {
        if (!(rec instanceof WarcTargetRecord target)) {
            return;
        }
        String uri = target.target();
        Consumer<Article> emitted = sink; // warned only for records that become articles (not dns: and the like)
        sink = a -> {
            JsonFields.warnIfDropped(uri, source, 0, problems);
            emitted.accept(a);
        };
        ArticleMeta overrides = new ArticleMeta(null, null, null, uri, List.of(), null);
        ArticleMeta fallback =
                new ArticleMeta(null, rec.date() == null ? null : rec.date().toString(), null, null, List.of(), null);
        if (defaults != null) {
            fallback = fallback.orElse(defaults);
        }
        if (rec instanceof WarcResponse response) {
            if (!response.contentType().base().equals(MediaType.HTTP_RESPONSE.base())
                    && !response.contentType().base().equals(MediaType.HTTP.base())) {
                return;
            }
            HttpResponse http = response.http();
            if (http.status() < 200 || http.status() >= 300) {
                return;
            }
            MediaType type = http.contentType();
            if (isHtml(type)) {
                byte[] bytes = payload(source, http.bodyDecoded().stream(), problems);
                if (bytes != null) {
                    HtmlReader.readPage(source, bytes, charset(type), uri, overrides, fallback, problems, sink);
                }
            }
            return;
        }
        if (rec instanceof WarcResource || rec instanceof WarcConversion) {
            MediaType type = rec.contentType();
            byte[] bytes;
            if (isHtml(type)) {
                bytes = payload(source, rec.body().stream(), problems);
                if (bytes != null) {
                    HtmlReader.readPage(source, bytes, charset(type), uri, overrides, fallback, problems, sink);
                }
            } else if (type.base().equals(MediaType.PLAIN_TEXT.base())) {
                bytes = payload(source, rec.body().stream(), problems);
                if (bytes != null) {
                    plain.read(source, new ByteArrayInputStream(bytes), overrides.orElse(fallback), problems, sink);
                }
            }
        }
    }

    private static byte[] payload(String source, InputStream in, ProblemReporter problems) throws IOException {
        byte[] bytes = in.readNBytes(MAX_PAYLOAD_BYTES + 1);
        if (bytes.length > MAX_PAYLOAD_BYTES) {
            problems.report(Problem.warning(source, "payload over " + MAX_PAYLOAD_BYTES + " bytes, skipped"));
            return null;
        }
        return bytes;
    }

    private static boolean isHtml(MediaType type) {
        String t = type.base().toString().toLowerCase(Locale.ROOT);
        return t.equals("text/html") || t.equals("application/xhtml+xml");
    }

    private static String charset(MediaType type) {
        for (var e : type.parameters().entrySet()) {
            if (e.getKey().equalsIgnoreCase("charset")) {
                return e.getValue().replace("\"", "").strip();
            }
        }
        return null;
    }
}

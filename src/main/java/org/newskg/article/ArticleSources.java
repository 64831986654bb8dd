package org.newskg.article;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.newskg.problem.Problem;
import org.newskg.problem.ProblemReporter;

/**
 * Turns the paths a user names (files, folders searched recursively) into articles, choosing a
 * reader per file by its name. Unreadable, oversized or unknown inputs are reported and skipped;
 * the rest of the batch goes on.
 */
public final class ArticleSources {

    /**
     * Files larger than this are refused rather than read into memory; it also bounds a JSON Lines
     * line and a sidecar. A news article is a few kilobytes to a few hundred (a saved page with its
     * scripts up to a megabyte or two); 50 MiB, the earlier default, was some 10,000 articles'
     * worth of text taken as one article, costing minutes and over a gigabyte before failing.
     */
    public static final long DEFAULT_MAX_BYTES = org.newskg.config.NewskgConfig.DEFAULT_MAX_FILE_SIZE;

    private final List<ArticleReader> readers;
    private final long maxBytes;

    public ArticleSources(List<ArticleReader> readers, long maxBytes) {
        this.readers = List.copyOf(readers);
        this.maxBytes = maxBytes;
    }

    public static ArticleSources defaults() {
        return defaults(DEFAULT_MAX_BYTES);
    }

    /** Every reader, refusing files larger than {@code maxBytes}. */
    public static ArticleSources defaults(long maxBytes) {
        return new ArticleSources(
                List.of(
                        new PlainTextReader(),
                        new HtmlReader(),
                        new JsonReader(),
                        new JsonLinesReader(maxBytes),
                        new WarcReader()),
                maxBytes);
    }

    /** Name of standard input on the command line, and the source name of what is read from it. */
    public static final String STDIN = "-";

    /**
     * Reads standard input as articles of the given format: "text" (one plain-text article, the
     * default when {@code format} is null), "jsonl", "json", "html", "warc" or any file extension a
     * reader accepts. The source name is "stdin" ("stdin#N" for records).
     */
    public void readStdin(String format, ArticleMeta defaults, ProblemReporter problems, Consumer<Article> sink) {
        readStream("stdin", System.in, format, defaults, problems, sink);
    }

    /** Reads a stream as articles of the given format (see {@link #readStdin}); the stream is not closed. */
    public void readStream(
            String source,
            InputStream in,
            String format,
            ArticleMeta defaults,
            ProblemReporter problems,
            Consumer<Article> sink) {
        String ext = format == null || format.isBlank() ? "txt" : extension(format);
        ArticleReader reader = readerFor(source + "." + ext);
        if (reader == null) {
            problems.report(Problem.error(
                    source, "unknown input format '" + format + "' (use text, jsonl, json, html or warc)"));
            return;
        }
        if (defaults == null) {
            defaults = ArticleMeta.of(null);
        }
        try {
            InputStream limited = reader.streaming() ? in : new LimitedInputStream(in, maxBytes);
            reader.read(source, limited, defaults, problems, sink);
        } catch (LimitedInputStream.OverLimit e) {
            problems.report(
                    Problem.error(source, "input is over the limit of " + maxBytes + " bytes (see --max-file-size)"));
        } catch (IOException | RuntimeException e) {
            problems.report(Problem.error(source, describe(e)));
        } catch (OutOfMemoryError e) {
            problems.report(Problem.error(source, outOfMemory(e)));
            throw e;
        } catch (Error e) {
            problems.report(Problem.error(source, failed(e)));
        }
    }

    /**
     * The metadata of a sidecar: {@code article.json} beside {@code article.txt}, with the field
     * names of JSON records ({@link JsonFields}); null when there is none. A sidecar that cannot be
     * read is reported and ignored.
     */
    public static ArticleMeta sidecar(Path file, ProblemReporter problems) {
        return sidecar(file, DEFAULT_MAX_BYTES, problems);
    }

    /** {@link #sidecar(Path, ProblemReporter)}, ignoring (and reporting) a sidecar over {@code maxBytes}. */
    public static ArticleMeta sidecar(Path file, long maxBytes, ProblemReporter problems) {
        String json = sidecarName(file.getFileName().toString());
        if (json == null) {
            return null;
        }
        Path path = file.resolveSibling(json);
        if (!Files.isRegularFile(path)) {
            return null;
        }
        try (InputStream in = Files.newInputStream(path)) {
            return sidecar(path.toString(), in, maxBytes, problems);
        } catch (IOException e) {
            problems.report(Problem.error(path.toString(), "sidecar unreadable, ignored: " + describe(e)));
            return null;
        }
    }

    /**
     * The file name of the sidecar of an article file ({@code a.json} for {@code a.txt}), or null
     * when a file of this name has none.
     */
    public static String sidecarName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot <= 0 || !fileName.substring(dot).equalsIgnoreCase(".txt")) {
            return null;
        }
        return fileName.substring(0, dot) + ".json";
    }

    /**
     * The metadata of a sidecar read from a stream named {@code source} (for file systems other than
     * the local one); null, reported, when it is over {@code maxBytes}, malformed or unreadable.
     */
    public static ArticleMeta sidecar(String source, InputStream in, long maxBytes, ProblemReporter problems) {
        try {
            // read no more than the limit, whatever the size said a moment ago (a file can grow)
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                problems.report(Problem.error(
                        source, "sidecar is over the limit of " + maxBytes + " bytes (see --max-file-size); ignored"));
                return null;
            }
            com.fasterxml.jackson.databind.JsonNode node = JsonFields.MAPPER.readTree(bytes);
            if (node == null || !node.isObject()) {
                problems.report(Problem.error(source, "sidecar metadata is not a JSON object; ignored"));
                return null;
            }
            JsonFields.warnIfDropped(JsonFields.string(node, JsonFields.URL), source, 0, problems);
            return JsonFields.meta(node, null);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            long line =
                    e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNr());
            problems.report(Problem.error(source, line, "malformed sidecar JSON, ignored: " + e.getOriginalMessage()));
        } catch (IOException e) {
            problems.report(Problem.error(source, "sidecar unreadable, ignored: " + describe(e)));
        }
        return null;
    }

    /** Every file under the given paths that some reader accepts, in a stable order. */
    public List<Path> files(List<Path> paths, ProblemReporter problems) {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (!Files.exists(p)) {
                problems.report(Problem.error(p.toString(), "no such file or folder"));
                continue;
            }
            if (!Files.isDirectory(p)) {
                if (Files.isRegularFile(p)) {
                    out.add(p);
                } else {
                    problems.report(Problem.error(p.toString(), NOT_REGULAR));
                }
                continue;
            }
            List<Path> found = new ArrayList<>();
            try {
                Files.walkFileTree(
                        p, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                            @Override
                            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                                String name = file.getFileName().toString();
                                if (name.startsWith(".") || isSidecar(file) || readerFor(name) == null) {
                                    return FileVisitResult.CONTINUE;
                                }
                                if (attrs.isRegularFile()) {
                                    found.add(file);
                                } else {
                                    // opening a FIFO blocks until a writer comes: the batch would hang
                                    problems.report(Problem.error(file.toString(), NOT_REGULAR));
                                }
                                return FileVisitResult.CONTINUE;
                            }

                            @Override
                            public FileVisitResult visitFileFailed(Path file, IOException e) {
                                problems.report(Problem.error(file.toString(), describe(e)));
                                return FileVisitResult.CONTINUE;
                            }

                            @Override
                            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                                String name = dir.getFileName() == null
                                        ? ""
                                        : dir.getFileName().toString();
                                return name.startsWith(".") && !dir.equals(p)
                                        ? FileVisitResult.SKIP_SUBTREE
                                        : FileVisitResult.CONTINUE;
                            }
                        });
            } catch (IOException e) {
                problems.report(Problem.error(p.toString(), describe(e)));
            }
            found.sort(null);
            out.addAll(found);
        }
        return out;
    }

    /**
     * Reads one file with the reader its name selects; problems are reported, not thrown. A sidecar
     * ({@link #sidecar}) supplies metadata over {@code defaults}; what the file states wins.
     */
    public void read(Path file, ArticleMeta defaults, ProblemReporter problems, Consumer<Article> sink) {
        if (readerFor(file.getFileName().toString()) == null) {
            problems.report(Problem.error(file.toString(), "unknown article format (by file name)"));
            return;
        }
        if (!Files.isRegularFile(file)) {
            problems.report(Problem.error(file.toString(), Files.exists(file) ? NOT_REGULAR : "no such file"));
            return;
        }
        ArticleMeta side = sidecar(file, maxBytes, problems);
        if (side != null) {
            defaults = side.orElse(defaults == null ? ArticleMeta.of(null) : defaults);
        }
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            problems.report(Problem.error(file.toString(), describe(e)));
            return;
        }
        read(file.toString(), null, size, () -> Files.newInputStream(file), defaults, problems, sink);
    }

    /** Opens an input's bytes; each call a new stream, which the caller closes. */
    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }

    /**
     * Reads one input of any file system (the Spark job's Hadoop paths come through here, local files
     * through {@link #read(Path, ArticleMeta, ProblemReporter, Consumer)}): with the reader
     * {@code format} names ("txt", "html", "jsonl", ...; see {@link #readStream}), or, when it is null,
     * the one the name {@code source} selects. The same size limit and the same problem reporting as
     * for local files; a sidecar, if any, is the caller's to merge into {@code defaults}.
     *
     * @param size the input's length in bytes, for the size limit
     */
    public void read(
            String source,
            String format,
            long size,
            Opener open,
            ArticleMeta defaults,
            ProblemReporter problems,
            Consumer<Article> sink) {
        ArticleReader reader = format == null ? readerFor(baseName(source)) : readerFor("input." + extension(format));
        if (reader == null) {
            problems.report(Problem.error(
                    source,
                    format == null
                            ? "unknown article format (by file name)"
                            : "unknown input format '" + format + "' (use text, jsonl, json, html or warc)"));
            return;
        }
        if (defaults == null) {
            defaults = ArticleMeta.of(null);
        }
        try {
            if (size > maxBytes && !reader.streaming()) {
                problems.report(Problem.error(
                        source,
                        "file is " + size + " bytes, over the limit of " + maxBytes
                                + " (--max-file-size; a news article "
                                + "is rarely over 1 MB: raise the limit if this file really is one, or split it)"));
                return;
            }
            try (InputStream in = open.open()) {
                reader.read(source, in, defaults, problems, sink);
            }
        } catch (IOException | RuntimeException e) {
            problems.report(Problem.error(source, describe(e)));
        } catch (OutOfMemoryError e) {
            // the heap is spent: the caller stops the batch and names what it did not reach
            problems.report(Problem.error(source, outOfMemory(e)));
            throw e;
        } catch (Error e) {
            // e.g. a StackOverflowError in a parser: this input is lost, the batch goes on
            problems.report(Problem.error(source, failed(e)));
        }
    }

    /** Whether some reader takes a file of this name: what a folder walk picks up. */
    public boolean accepts(String fileName) {
        return readerFor(fileName) != null;
    }

    /** A format name as the user writes it ("text", ".jsonl") to the file extension its reader accepts. */
    private static String extension(String format) {
        String ext = format.strip().toLowerCase(Locale.ROOT);
        if (ext.startsWith(".")) {
            ext = ext.substring(1);
        }
        return ext.equals("text") || ext.equals("plain") ? "txt" : ext;
    }

    private static String baseName(String source) {
        String s = source.replace('\\', '/');
        return s.substring(s.lastIndexOf('/') + 1);
    }

    static final String NOT_REGULAR = "not a regular file (a FIFO, socket or device); skipped";

    /** The reason reported for an input whose reading ran out of memory. */
    static String outOfMemory(OutOfMemoryError e) {
        return "out of memory while reading this input (" + describe(e) + "); ingest stops here. "
                + "Give Java more memory (NEWSKG_JAVA_OPTS=-Xmx4g) or lower --max-file-size";
    }

    /** The reason reported for an input whose reading ended in an {@link Error} other than out of memory. */
    static String failed(Error e) {
        return e instanceof StackOverflowError
                ? "cannot read this input: too deeply nested (StackOverflowError); skipped"
                : "cannot read this input: " + describe(e) + "; skipped";
    }

    ArticleReader readerFor(String fileName) {
        for (ArticleReader r : readers) {
            if (r.accepts(fileName)) {
                return r;
            }
        }
        return null;
    }

    private boolean isSidecar(Path file) {
        String n = file.getFileName().toString();
        if (!n.toLowerCase(Locale.ROOT).endsWith(".json")) {
            return false;
        }
        String stem = n.substring(0, n.length() - 5);
        return Files.exists(file.resolveSibling(stem + ".txt"));
    }

    static String describe(Throwable e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemLoopException) {
            return "symbolic link loop";
        }
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    }
}

package org.newskg.spark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.newskg.article.ArticleSources;
import org.newskg.problem.Problem;
import org.newskg.problem.ProblemReporter;

/**
 * The driver's list of inputs: Hadoop paths and globs to files, with the rules `newskg ingest`
 * applies to local folders ({@link ArticleSources#files}): folders are searched recursively; hidden
 * files and folders are skipped, and so are sidecars ({@code a.json} beside {@code a.txt}) and files
 * no reader takes; each folder's files come in path order; a path that matches nothing is a
 * problem. The list's order is the input order that decides which copy of an article is kept.
 */
final class InputListing {
    private InputListing() {}

    /**
     * @param format the reader forced for every file, or null to choose by name: with a format,
     *               every file of a folder is taken (but hidden ones and sidecars)
     */
    static List<InputFile> list(
            List<String> inputs, String format, ArticleSources sources, Configuration conf, ProblemReporter problems)
            throws IOException {
        List<InputFile> out = new ArrayList<>();
        for (String input : inputs) {
            Path pattern = new Path(input);
            FileSystem fs = pattern.getFileSystem(conf);
            FileStatus[] matches = fs.globStatus(pattern);
            if (matches == null || matches.length == 0) {
                problems.report(Problem.error(input, "no such file or folder"));
                continue;
            }
            for (FileStatus match : matches) {
                if (match.isFile()) {
                    out.add(new InputFile(out.size(), match.getPath().toString(), match.getLen(), null));
                    continue;
                }
                List<LocatedFileStatus> found = new ArrayList<>();
                RemoteIterator<LocatedFileStatus> it = fs.listFiles(match.getPath(), true);
                while (it.hasNext()) {
                    LocatedFileStatus f = it.next();
                    if (!hidden(match.getPath(), f.getPath())) {
                        found.add(f);
                    }
                }
                Set<String> paths = new HashSet<>();
                found.forEach(f -> paths.add(f.getPath().toString()));
                Map<String, String> sidecarOf = new HashMap<>();
                for (LocatedFileStatus f : found) {
                    String json = ArticleSources.sidecarName(f.getPath().getName());
                    if (json != null) {
                        String sidecar = new Path(f.getPath().getParent(), json).toString();
                        if (paths.contains(sidecar)) {
                            sidecarOf.put(f.getPath().toString(), sidecar);
                        }
                    }
                }
                Set<String> sidecars = new HashSet<>(sidecarOf.values());
                found.sort((a, b) -> a.getPath()
                        .toUri()
                        .getPath()
                        .compareTo(b.getPath().toUri().getPath()));
                for (LocatedFileStatus f : found) {
                    String p = f.getPath().toString();
                    if (sidecars.contains(p)
                            || (format == null && !sources.accepts(f.getPath().getName()))) {
                        continue;
                    }
                    out.add(new InputFile(out.size(), p, f.getLen(), sidecarOf.get(p)));
                }
            }
        }
        return out;
    }

    /** Whether a file found under {@code root} is hidden, or in a hidden folder below it. */
    private static boolean hidden(Path root, Path file) {
        for (Path p = file; p != null && !p.equals(root); p = p.getParent()) {
            if (p.getName().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}

package org.newskg.article;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newskg.problem.Problem;
import org.newskg.problem.ProblemReporter;

/** Reads test fixtures under src/test/resources/article. */
final class Fixtures {

    record Result(List<Article> articles, List<Problem> problems) {
        Article only() {
            if (articles.size() != 1) {
                throw new AssertionError("expected one article, got " + articles.size() + "; problems " + problems);
            }
            return articles.get(0);
        }
    }

    private Fixtures() {}

    static Path path(String name) {
        try {
            return Path.of(Fixtures.class.getResource("/article/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Result read(ArticleReader reader, String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/article/" + name)) {
            return read(reader, name, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Result read(ArticleReader reader, String source, InputStream in) throws IOException {
        List<Article> out = new ArrayList<>();
        ProblemReporter.Collecting problems = ProblemReporter.collecting(p -> {});
        reader.read(source, in, ArticleMeta.of(null), problems, out::add);
        return new Result(out, problems.problems());
    }

    static Result sources(ArticleSources sources, List<Path> paths) {
        List<Article> out = new ArrayList<>();
        ProblemReporter.Collecting problems = ProblemReporter.collecting(p -> {});
        for (Path f : sources.files(paths, problems)) {
            sources.read(f, ArticleMeta.of(null), problems, out::add);
        }
        return new Result(out, problems.problems());
    }
}

package org.newskg.nereval;

import org.newskg.article.Article;
import org.newskg.article.ArticleMeta;
import org.newskg.article.ArticleSources;
import org.newskg.problem.ProblemReporter;
import org.newskg.text.CleanArticle;
import org.newskg.text.Cleaner;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The name-finder measurement of issue 13 (docs/ner-evaluation.md): one finder per JVM, so that its
 * load time and heap are its own. Scores persons and locations per article on the development set
 * and the seeds ({@link NameScorer}), then times the finder on the first N BBC articles.
 *
 * <pre>
 * scripts/ner-eval.sh rules|nlp4j|clearnlp [--bench 200] [--shared ../shared] [--out target/ner-eval]
 * </pre>
 * Without the shared folder (a fresh clone, CI) it says so and exits 0.
 */
public final class NerEval {
    private static final Pattern WS_TOKEN = Pattern.compile("\\S+");

    private record Item(NameScorer.GoldArticle gold, Article article, CleanArticle clean) {}

    private NerEval() {}

    public static void main(String[] args) throws Exception {
        String which = args.length > 0 && !args[0].startsWith("--") ? args[0] : "rules";
        Path shared = Path.of(option(args, "--shared", "../shared"));
        int benchArticles = Integer.parseInt(option(args, "--bench", "200"));
        Path outDir = Path.of(option(args, "--out", "target/ner-eval"));
        Path devGold = shared.resolve("eval/gold/dev");
        Path seedGold = shared.resolve("eval/gold/seeds");
        if (!Files.isDirectory(devGold) || !Files.isDirectory(shared.resolve("corpus"))) {
            System.out.println("ner-eval: " + shared + " (gold and corpus) is absent; skipped");
            return;
        }
        Cleaner cleaner = new Cleaner();
        List<Item> dev = items(devGold, List.of(shared.resolve("corpus/bbc"), shared.resolve("corpus/news")), cleaner);
        List<Item> seeds = Files.isDirectory(seedGold) ? items(seedGold, List.of(shared.resolve("seeds")), cleaner) : List.of();

        long heap0 = heapAfterGc();
        long t0 = System.nanoTime();
        Finder finder = create(which);
        double loadSeconds = (System.nanoTime() - t0) / 1e9;
        long heap1 = heapAfterGc();

        Files.createDirectories(outDir);
        try (PrintStream detail = new PrintStream(Files.newOutputStream(outDir.resolve(finder.id() + ".txt")), true,
                StandardCharsets.UTF_8)) {
            List<String> rows = new ArrayList<>();
            rows.addAll(evaluate(finder, "dev", dev, finder.locationLabels(), detail, ""));
            rows.addAll(evaluate(finder, "seeds", seeds, finder.locationLabels(), detail, ""));
            if (finder.altLocationLabels() != null) {
                String tag = "+" + String.join("+", finder.altLocationLabels());
                rows.addAll(evaluate(finder, "dev", dev, finder.altLocationLabels(), detail, tag));
                rows.addAll(evaluate(finder, "seeds", seeds, finder.altLocationLabels(), detail, tag));
            }
            String cost = bench(finder, shared.resolve("corpus/bbc"), benchArticles, cleaner, loadSeconds, heap0, heap1);
            detail.println(cost);
            System.out.println(cost);
            rows.forEach(System.out::println);
            List<String> tsv = new ArrayList<>(rows);
            tsv.add(cost);
            Files.write(outDir.resolve("summary.tsv"), tsv, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        }
    }

    private static Finder create(String which) {
        return switch (which) {
            case "rules" -> new RulesFinder();
            case "nlp4j" -> new Nlp4jFinder();
            case "clearnlp" -> new ClearNlpFinder();
            default -> throw new IllegalArgumentException("unknown finder " + which + " (rules, nlp4j, clearnlp)");
        };
    }

    /** Scores one set; prints every article's misses and false hits to {@code detail}; returns the summary row. */
    private static List<String> evaluate(Finder f, String set, List<Item> items, Set<String> placeLabels,
                                         PrintStream detail, String tag) {
        if (items.isEmpty()) {
            return List.of();
        }
        NameScorer.Result persons = new NameScorer.Result();
        NameScorer.Result places = new NameScorer.Result();
        detail.println("== " + f.id() + tag + " on " + set);
        for (Item it : items) {
            List<Finder.Mention> found = f.find(it.article(), it.clean());
            List<String> ps = found.stream().filter(m -> f.personLabels().contains(m.label())).map(Finder.Mention::text).toList();
            List<String> ls = found.stream().filter(m -> placeLabels.contains(m.label())).map(Finder.Mention::text).toList();
            List<NameScorer.Entity> notPersons = new ArrayList<>(it.gold().locations());
            notPersons.addAll(it.gold().orgs());
            List<NameScorer.Entity> notPlaces = new ArrayList<>(it.gold().persons());
            notPlaces.addAll(it.gold().orgs());
            NameScorer.Result p = NameScorer.score(ps, it.gold().persons(), notPersons);
            NameScorer.Result l = NameScorer.score(ls, it.gold().locations(), notPlaces);
            persons.add(p);
            places.add(l);
            detail.printf("%s%n  persons   tp=%d fp=%d fn=%d  missed=%s  wrong=%s%n  locations tp=%d fp=%d fn=%d  missed=%s  wrong=%s%n",
                    it.gold().gold(), p.tp, p.fp, p.fn, p.missed, p.wrong, l.tp, l.fp, l.fn, l.missed, l.wrong);
        }
        String row = String.join("\t", f.id() + tag, set, "persons", persons.prf(), counts(persons), "locations",
                places.prf(), counts(places));
        detail.println(row);
        return List.of(row);
    }

    private static String counts(NameScorer.Result r) {
        return "tp=" + r.tp + " fp=" + r.fp + " fn=" + r.fn;
    }

    /** Load time, heap, throughput on the first {@code n} BBC articles (cleaning outside the clock), jar sizes. */
    private static String bench(Finder f, Path bbc, int n, Cleaner cleaner, double load, long heap0, long heap1)
            throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(bbc)) {
            files = s.filter(p -> p.getFileName().toString().matches("[a-z]+_\\d+\\.txt")).sorted().limit(n).toList();
        }
        List<Item> items = new ArrayList<>();
        for (Path p : files) {
            Article a = read(p);
            items.add(new Item(null, a, cleaner.clean(a)));
        }
        long tokens = 0;
        for (Item it : items) {
            tokens += WS_TOKEN.matcher(it.clean().body()).results().count();
        }
        long t = System.nanoTime();
        long mentions = 0;
        for (Item it : items) {
            mentions += f.find(it.article(), it.clean()).size();
        }
        double secs = (System.nanoTime() - t) / 1e9;
        double loadAvg = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return String.format(Locale.ROOT,
                "%s\tcost\tload %.1f s\theap %d MB after load (%d MB before)\t%d articles %d tokens in %.1f s: %.0f tokens/s (1 thread, %d mentions)\tjars %s\tload average %.1f",
                f.id(), load, heap1 >> 20, heap0 >> 20, items.size(), tokens, secs, tokens / secs, mentions,
                jarSizes(f.id()), loadAvg);
    }

    /** The size of the class-path jars that make up a finder's models and code. */
    private static String jarSizes(String id) {
        String marker = switch (id) {
            case "nlp4j" -> "edu/emory/mathcs/nlp";
            case "clearnlp" -> "edu/emory/clir";
            default -> "opennlp";
        };
        long total = 0;
        for (String e : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            if (e.replace('\\', '/').contains(marker)) {
                total += Path.of(e).toFile().length();
            }
        }
        return (total >> 20) + " MB (" + marker + ")";
    }

    private static long heapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }

    /** Gold files and their articles, found by the gold's {@code article} name under the given folders. */
    private static List<Item> items(Path goldDir, List<Path> corpora, Cleaner cleaner) throws IOException {
        List<Path> golds;
        try (Stream<Path> s = Files.list(goldDir)) {
            golds = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        List<Item> out = new ArrayList<>();
        for (Path g : golds) {
            NameScorer.GoldArticle gold = NameScorer.GoldArticle.read(g);
            Path text = corpora.stream().map(c -> c.resolve(gold.article())).filter(Files::isRegularFile).findFirst()
                    .orElseThrow(() -> new IOException("no article " + gold.article() + " for " + g));
            Article a = read(text);
            out.add(new Item(gold, a, cleaner.clean(a)));
        }
        return out;
    }

    private static Article read(Path file) {
        List<Article> got = new ArrayList<>();
        ArticleSources.defaults().read(file, ArticleMeta.of(null), ProblemReporter.collecting(p -> {}), got::add);
        if (got.size() != 1) {
            throw new IllegalStateException(file + ": " + got.size() + " articles");
        }
        return got.get(0);
    }

    private static String option(String[] args, String name, String fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}

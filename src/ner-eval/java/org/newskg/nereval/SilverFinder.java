package org.newskg.nereval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;
import org.newskg.article.Article;
import org.newskg.link.KbEntry;
import org.newskg.link.WikidataIndex;
import org.newskg.nlp.AnnotatedText;
import org.newskg.nlp.Annotator;
import org.newskg.nlp.NlpModels;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Token;
import org.newskg.text.CleanArticle;
import org.newskg.text.Cleaner;

/**
 * OpenNLP's trainable {@link NameFinderME} (maxent, default features) trained on silver data: the
 * BBC corpus (less the development articles) with the names that our offline Wikidata index
 * resolves to persons only or to places only, unknown runs of two or three proper nouns that begin
 * with a first name the index knows (as persons), and the surnames of those persons within the same
 * article. Sentences with a capitalised run the index does not know, or knows as both, are left
 * out, so that unlabelled names do not teach "no name". Tokens are our pipeline's (OpenNLP UD
 * models), at training and at finding time. The model is trained once and kept in
 * {@code target/ner-eval/silver-en-ner.bin}; a later run loads it.
 */
final class SilverFinder implements Finder {
    private static final Set<String> PARTICLES =
            Set.of("of", "de", "da", "van", "von", "bin", "der", "del", "du", "al", "la", "le", "dos", "di");
    private static final int MAX_WORDS = 5;

    private final Annotator annotator = new Annotator(NlpModels.shared());
    private final NameFinderME finder;

    /** Loads the model kept at {@code model} (see {@link #train}). */
    SilverFinder(Path model) {
        try {
            finder = new NameFinderME(new TokenNameFinderModel(model));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Trains the model from {@code bbc} (less {@code exclude}) unless it is there; returns what the training did. */
    static String train(Path model, Path bbc, Set<String> exclude) throws IOException {
        Path log = model.resolveSibling("silver-training.txt");
        if (!Files.isRegularFile(model)) {
            long t = System.nanoTime();
            List<NameSample> samples = silver(bbc, exclude);
            double labelled = (System.nanoTime() - t) / 1e9;
            TrainingParameters p = TrainingParameters.defaultParams();
            p.put(TrainingParameters.ITERATIONS_PARAM, 100);
            p.put(TrainingParameters.CUTOFF_PARAM, 3);
            TokenNameFinderModel m = NameFinderME.train(
                    "en", null, ObjectStreamUtils.createObjectStream(samples), p, new TokenNameFinderFactory());
            Files.createDirectories(model.getParent());
            m.serialize(model);
            long persons = samples.stream()
                    .flatMap(s -> java.util.Arrays.stream(s.getNames()))
                    .filter(n -> n.getType().equals("person"))
                    .count();
            long names = samples.stream().mapToLong(s -> s.getNames().length).sum();
            Files.writeString(
                    log,
                    String.format(
                            java.util.Locale.ROOT,
                            "silver: %d sentences, %d names (%d persons); labelled in %.0f s, trained in %.0f s (maxent, 100 iterations, cutoff 3)%n",
                            samples.size(),
                            names,
                            persons,
                            labelled,
                            (System.nanoTime() - t) / 1e9 - labelled));
        }
        return Files.readString(log).strip();
    }

    @Override
    public String id() {
        return "silver";
    }

    @Override
    public Set<String> personLabels() {
        return Set.of("person");
    }

    @Override
    public Set<String> locationLabels() {
        return Set.of("location");
    }

    @Override
    public List<Mention> find(Article article, CleanArticle clean) {
        AnnotatedText nlp = annotator.annotate(clean.body());
        List<Mention> out = new ArrayList<>();
        for (Sentence s : nlp.sentences()) {
            String[] words = s.tokens().stream().map(Token::text).toArray(String[]::new);
            for (Span sp : finder.find(words)) {
                out.add(new Mention(
                        sp.getType(),
                        nlp.text()
                                .substring(
                                        s.token(sp.getStart()).start(),
                                        s.token(sp.getEnd() - 1).end())));
            }
        }
        finder.clearAdaptiveData();
        return out;
    }

    /** The silver sentences of the corpus. */
    private static List<NameSample> silver(Path bbc, Set<String> exclude) throws IOException {
        WikidataIndex index = WikidataIndex.loadDefault();
        Annotator annotator = new Annotator(NlpModels.shared());
        Cleaner cleaner = new Cleaner();
        List<Path> files;
        try (var s = Files.list(bbc)) {
            files = s.filter(p -> p.getFileName().toString().matches("[a-z]+_\\d+\\.txt"))
                    .filter(p -> !exclude.contains(p.getFileName().toString()))
                    .sorted()
                    .toList();
        }
        Function<String, String> kind = surface -> {
            List<KbEntry> es = index.lookup(surface);
            if (es.isEmpty()) {
                return null;
            }
            boolean person = es.stream().anyMatch(e -> e.type() == org.newskg.link.KbType.PERSON);
            boolean place = es.stream().anyMatch(e -> e.type().isPlace());
            return person && place ? "ambiguous" : person ? "person" : place ? "location" : "other";
        };
        List<NameSample> out = new ArrayList<>();
        for (Path f : files) {
            Article a = NerEval.read(f);
            AnnotatedText nlp = annotator.annotate(cleaner.clean(a).body());
            Set<String> surnames = new HashSet<>();
            // first pass: full names of persons, whose last word then marks the person on its own
            for (Sentence s : nlp.sentences()) {
                for (Span sp :
                        label(s, nlp.text(), kind, index::isGivenName, Set.of()).spans()) {
                    if ("person".equals(sp.getType()) && sp.length() > 1) {
                        surnames.add(s.token(sp.getEnd() - 1).text());
                    }
                }
            }
            boolean first = true;
            for (Sentence s : nlp.sentences()) {
                Labelled l = label(s, nlp.text(), kind, index::isGivenName, surnames);
                if (!l.clean()) {
                    continue; // an unknown or ambiguous name: left out
                }
                List<Span> spans = l.spans();
                String[] words = s.tokens().stream().map(Token::text).toArray(String[]::new);
                List<Span> names = spans.stream()
                        .filter(sp ->
                                sp.getType().equals("person") || sp.getType().equals("location"))
                        .toList();
                out.add(new NameSample(words, names.toArray(Span[]::new), first));
                first = false;
            }
        }
        return out;
    }

    /** The typed runs of a sentence; not clean when a proper-noun run is unknown to the index or ambiguous. */
    private record Labelled(List<Span> spans, boolean clean) {}

    /**
     * The capitalised runs of a sentence, longest index match first, typed by the index (person,
     * location, other).
     */
    private static Labelled label(
            Sentence s,
            String text,
            Function<String, String> kind,
            java.util.function.Predicate<String> givenName,
            Set<String> surnames) {
        List<Span> out = new ArrayList<>();
        boolean clean = true;
        int n = s.size();
        int i = 0;
        while (i < n) {
            Token t = s.token(i);
            if (!t.isCapitalised() || !Character.isLetter(t.text().charAt(0))) {
                i++;
                continue;
            }
            int found = -1;
            String type = null;
            for (int j = Math.min(n, i + MAX_WORDS); j > i; j--) {
                Token last = s.token(j - 1);
                if (!last.isCapitalised() || !allNameWords(s, i, j)) {
                    continue;
                }
                String k = kind.apply(text.substring(t.start(), last.end()));
                if (k != null) {
                    found = j;
                    type = k;
                    break;
                }
            }
            if (found < 0 && surnames.contains(t.text())) {
                found = i + 1;
                type = "person";
            }
            if (found < 0 && t.isProperNoun() && givenName.test(t.text())) {
                // an unknown name of two or three proper nouns that begins with a known first name
                int j = i + 1;
                while (j < n
                        && j < i + 3
                        && s.token(j).isProperNoun()
                        && s.token(j).isCapitalised()) {
                    j++;
                }
                if (j > i + 1 && (j == n || !s.token(j).isCapitalised())) {
                    found = j;
                    type = "person";
                }
            }
            if (found < 0) {
                if (!t.isProperNoun()) {
                    i++;
                    continue; // a capitalised common word: "The", "But" at the start, "Minister" in a title
                }
                clean = false; // a name the index does not know
                i++;
                continue;
            }
            if (type.equals("ambiguous") || found == i + 1 && !t.isProperNoun() && !type.equals("other")) {
                clean = false;
            } else {
                out.add(new Span(i, found, type));
            }
            i = found;
        }
        return new Labelled(out, clean);
    }

    private static boolean allNameWords(Sentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            Token t = s.token(k);
            boolean ok = t.isCapitalised() && Character.isLetter(t.text().charAt(0))
                    || k > from && k < to - 1 && PARTICLES.contains(t.text())
                    || k > from && (t.text().equals("-") || t.text().equals("."));
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}

package org.newskg.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the time goes, from the {@code jdk.ExecutionSample} events of a JFR recording: the share
 * of samples per pipeline stage (the callee of {@code Pipeline.process}/{@code extract}, with the
 * OpenNLP decoders apart), the top methods by self time and by inclusive time.
 *
 * <pre>
 * java -XX:StartFlightRecording=filename=/tmp/x.jfr,settings=profile -XX:FlightRecorderOptions:stackdepth=256 \
 *      -jar target/newskg.jar ingest --db /tmp/db corpus/
 * java -jar target/newskg.jar bench --jfr /tmp/x.jfr
 * </pre>
 */
public final class JfrProfile {
    private JfrProfile() {}

    public static void print(Path recording, int top, PrintStream out) throws IOException {
        Map<String, Integer> stages = new HashMap<>();
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> inclusive = new HashMap<>();
        int n = 0;
        try (RecordingFile f = new RecordingFile(recording)) {
            while (f.hasMoreEvents()) {
                RecordedEvent e = f.readEvent();
                if (!e.getEventType().getName().equals("jdk.ExecutionSample")) {
                    continue;
                }
                RecordedStackTrace st = e.getStackTrace();
                if (st == null || st.getFrames().isEmpty()) {
                    continue;
                }
                List<String> frames = new ArrayList<>(st.getFrames().size());
                for (RecordedFrame fr : st.getFrames()) {
                    frames.add(fr.getMethod().getType().getName() + "."
                            + fr.getMethod().getName());
                }
                n++;
                stages.merge(stage(frames, st.isTruncated()), 1, Integer::sum);
                self.merge(frames.get(0), 1, Integer::sum);
                Set<String> seen = new HashSet<>();
                for (String fr : frames) {
                    if (seen.add(fr)) {
                        inclusive.merge(fr, 1, Integer::sum);
                    }
                }
            }
        }
        out.printf(Locale.ROOT, "profile: %s, %d execution samples%n", recording, n);
        out.println("profile: by stage");
        printTop(out, stages, n, 100);
        out.println("profile: top methods, self time");
        printTop(out, self, n, top);
        out.println("profile: top methods, inclusive time");
        printTop(out, inclusive, n, top);
    }

    private static void printTop(PrintStream out, Map<String, Integer> counts, int n, int top) {
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(top)
                .forEach(e -> out.printf(Locale.ROOT, "  %5.1f%%  %s%n", 100.0 * e.getValue() / n, e.getKey()));
    }

    /** The stage a sample belongs to (frames innermost first). */
    static String stage(List<String> frames, boolean truncated) {
        for (String f : frames) {
            if (f.startsWith("org.newskg.nlp.NlpModels.<init>")
                    || f.startsWith("org.newskg.link.WikidataIndex.load")
                    || f.startsWith("org.newskg.pipeline.Components.load")) {
                return "startup: loading models and the Wikidata index";
            }
        }
        for (int i = 1; i < frames.size(); i++) {
            String f = frames.get(i);
            if (f.equals("org.newskg.pipeline.Pipeline.extract") || f.equals("org.newskg.pipeline.Pipeline.process")) {
                String callee = frames.get(i - 1);
                if (callee.startsWith("org.newskg.nlp.Annotator")) {
                    for (String g : frames.subList(0, i)) {
                        for (String[] d : DECODERS) {
                            if (g.startsWith(d[0])) {
                                return d[1];
                            }
                        }
                    }
                    return "nlp: Annotator (own code)";
                }
                return stageOf(callee);
            }
        }
        for (String f : frames) {
            if (f.startsWith("org.newskg.store.")
                    || f.startsWith("org.apache.jena.tdb2")
                    || f.startsWith("org.apache.jena.dboe")) {
                return "store: TDB2 writes";
            }
            if (f.startsWith("org.newskg.article.")) {
                return "reading articles";
            }
        }
        for (String f : frames) {
            for (String[] d : DECODERS) {
                if (f.startsWith(d[0])) {
                    return d[1] + (truncated ? " (truncated stack)" : "");
                }
            }
        }
        return truncated ? "other (truncated stack)" : "other";
    }

    private static final String[][] DECODERS = {
        {"opennlp.tools.lemmatizer.", "nlp: lemmatizer (LemmatizerME)"},
        {"opennlp.tools.postag.", "nlp: POS tagger (OpenNLP model, GreedyTagger)"},
        {"org.newskg.nlp.GreedyTagger", "nlp: POS tagger (OpenNLP model, GreedyTagger)"},
        {"opennlp.tools.tokenize.", "nlp: tokenizer (TokenizerME)"},
        {"opennlp.tools.sentdetect.", "nlp: sentence detector (SentenceDetectorME)"},
    };

    private static String stageOf(String callee) {
        int lastDot = callee.lastIndexOf('.');
        String cls = lastDot > 0 ? callee.substring(0, lastDot) : callee;
        return switch (cls) {
            case "org.newskg.text.Cleaner" -> "clean: Cleaner.clean";
            case "org.newskg.extract.ArticleExtractor" ->
                "extract: ArticleExtractor.extract (NER, roles, quotes, meetings)";
            case "org.newskg.link.ArticleLinker" -> "link: ArticleLinker.link";
            case "org.newskg.rdf.ArticleMapper" -> "rdf: ArticleMapper.map";
            case "org.newskg.rdf.GraphValidator" -> "rdf: GraphValidator (SHACL)";
            default -> "pipeline: " + callee;
        };
    }
}

package org.newskg.nereval;

import edu.emory.mathcs.nlp.component.template.NLPComponent;
import edu.emory.mathcs.nlp.component.template.feature.Field;
import edu.emory.mathcs.nlp.component.template.lexicon.GlobalLexica;
import edu.emory.mathcs.nlp.component.template.lexicon.GlobalLexicon;
import edu.emory.mathcs.nlp.component.template.node.NLPNode;
import edu.emory.mathcs.nlp.decode.NLPDecoder;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.newskg.article.Article;
import org.newskg.text.CleanArticle;
import org.tukaani.xz.XZInputStream;

/**
 * The same NLP4J decoder as {@link Nlp4jFinder}, loaded from a faster on-disk form: the four lexica
 * and two models stored once without XZ (plain Java serialisation, under
 * {@code target/ner-eval/nlp4j-fast}, made from the jar on first use) and read in parallel, two at
 * a time. Its names must equal {@link Nlp4jFinder}'s; what it measures is the start-up.
 */
final class Nlp4jFastFinder implements OntoNotesFinder {
    private static final String LEX = "edu/emory/mathcs/nlp/lexica/";
    private static final String MOD = "edu/emory/mathcs/nlp/models/";

    private final NLPDecoder decoder;

    /** Writes the uncompressed form once; returns its folder. */
    static Path prepare(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (String r : List.of(
                LEX + "en-ambiguity-classes-simplified-lowercase.xz",
                LEX + "en-brown-clusters-simplified-lowercase.xz",
                LEX + "en-word-embeddings-undigitalized.xz",
                LEX + "en-named-entity-gazetteers-simplified.xz",
                MOD + "en-pos.xz",
                MOD + "en-ner.xz")) {
            Path out = dir.resolve(Path.of(r).getFileName().toString().replace(".xz", ".ser"));
            if (!Files.isRegularFile(out)) {
                Path tmp = out.resolveSibling(out.getFileName() + ".part");
                try (InputStream in = new XZInputStream(new BufferedInputStream(
                                Nlp4jFastFinder.class.getClassLoader().getResourceAsStream(r), 1 << 16));
                        OutputStream o = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
                    in.transferTo(o);
                }
                Files.move(tmp, out);
            }
        }
        return dir;
    }

    @SuppressWarnings("unchecked")
    Nlp4jFastFinder(Path dir) {
        CompletableFuture<Object> clusters = read(dir, "en-brown-clusters-simplified-lowercase.ser");
        CompletableFuture<Object> gazetteers = read(dir, "en-named-entity-gazetteers-simplified.ser");
        CompletableFuture<Object> embeddings = read(dir, "en-word-embeddings-undigitalized.ser");
        CompletableFuture<Object> ambiguity = read(dir, "en-ambiguity-classes-simplified-lowercase.ser");
        CompletableFuture<Object> pos = read(dir, "en-pos.ser");
        CompletableFuture<Object> ner = read(dir, "en-ner.ser");
        // no lexica and no models in the configuration: the decoder gets its tokenizer and an empty GlobalLexica
        decoder = new NLPDecoder(new ByteArrayInputStream(
                "<configuration><lexica/><models/></configuration>".getBytes(StandardCharsets.UTF_8)));
        List<NLPComponent<NLPNode>> components = new ArrayList<>(decoder.getComponents());
        GlobalLexica<NLPNode> lexica = (GlobalLexica<NLPNode>) components.get(0);
        lexica.setAmbiguityClasses(new GlobalLexicon<>(
                (java.util.Map<String, List<String>>) ambiguity.join(), Field.word_form_simplified_lowercase, null));
        lexica.setWordClusters(new GlobalLexicon<>(
                (java.util.Map<String, Set<String>>) clusters.join(), Field.word_form_simplified_lowercase, null));
        lexica.setWordEmbeddings(new GlobalLexicon<>(
                (java.util.Map<String, float[]>) embeddings.join(), Field.word_form_undigitalized, null));
        lexica.setNamedEntityGazetteers(new GlobalLexicon<>(
                (edu.emory.mathcs.nlp.common.collection.tree.PrefixTree<String, Set<String>>) gazetteers.join(),
                Field.word_form_simplified,
                null));
        // the order NLPDecoder.init builds: lexica, POS, morphological analyser (lemmas: NER features), NER
        components.add(decoding(pos.join()));
        components.add(new edu.emory.mathcs.nlp.component.morph.MorphologicalAnalyzer<>(
                edu.emory.mathcs.nlp.common.util.Language.ENGLISH));
        components.add(decoding(ner.join()));
        decoder.setComponents(components);
    }

    /** A model component set to decode, as {@code NLPUtils.getComponent} sets it. */
    @SuppressWarnings("unchecked")
    private static NLPComponent<NLPNode> decoding(Object component) {
        var c = (edu.emory.mathcs.nlp.component.template.OnlineComponent<NLPNode, ?>) component;
        c.setFlag(edu.emory.mathcs.nlp.component.template.util.NLPFlag.DECODE);
        return c;
    }

    /** Reads one serialised object on a pool of two threads (the machine has two cores). */
    private static CompletableFuture<Object> read(Path dir, String file) {
        return CompletableFuture.supplyAsync(
                () -> {
                    try (ObjectInputStream in = new ObjectInputStream(
                            new BufferedInputStream(Files.newInputStream(dir.resolve(file)), 1 << 16))) {
                        return in.readObject();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    } catch (ClassNotFoundException e) {
                        throw new IllegalStateException(e);
                    }
                },
                POOL);
    }

    private static final java.util.concurrent.ExecutorService POOL =
            java.util.concurrent.Executors.newFixedThreadPool(2, r -> {
                Thread t = new Thread(r, "nlp4j-load");
                t.setDaemon(true);
                return t;
            });

    @Override
    public String id() {
        return "nlp4j-fast";
    }

    @Override
    public List<Mention> find(Article article, CleanArticle clean) {
        return Nlp4jFinder.mentions(decoder, clean.body());
    }
}

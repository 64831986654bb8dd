package org.newskg.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.regex.Pattern;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerFactory;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The OpenNLP English models (UD-EWT, from the opennlp-models-*-en jars on the class path). Models
 * are thread-safe and large, so they are loaded once per JVM and shared; decoders are per thread
 * (see {@link Annotator}).
 */
public final class NlpModels {
    private static volatile NlpModels shared;

    final SentenceModel sentences;
    final TokenizerModel tokens;
    final POSModel pos;
    final LemmatizerModel lemmas;
    /**
     * Lemmas of verbs by (word, tag), shared by all threads: the lemmatizer's beam search is the most
     * expensive step of the pipeline, and a corpus uses few distinct verb forms.
     */
    final java.util.concurrent.ConcurrentHashMap<String, String> verbLemmas =
            new java.util.concurrent.ConcurrentHashMap<>();

    static final int MAX_CACHED_LEMMAS = 200_000;

    private NlpModels() {
        sentences = load("/opennlp-en-ud-ewt-sentence-1.2-2.5.0.bin", SentenceModel::new);
        tokens = lettersUnsplit(load("/opennlp-en-ud-ewt-tokens-1.2-2.5.0.bin", TokenizerModel::new));
        pos = greedy(load("/opennlp-en-ud-ewt-pos-1.2-2.5.0.bin", POSModel::new));
        lemmas = load("/opennlp-en-ud-ewt-lemmas-1.2-2.5.0.bin", LemmatizerModel::new);
    }

    /**
     * The tokenizer with the model's own maxent, but a word of letters only is never split. The
     * shipped model asks its classifier at every character of every word (alphanumeric optimisation
     * off), which is 80% of its time; on the BBC corpus the only words it splits are acronyms it
     * should not split ("ODPM" into "OD PM").
     */
    private static TokenizerModel lettersUnsplit(TokenizerModel m) {
        return new TokenizerModel(
                m.getMaxentModel(),
                new HashMap<>(),
                new TokenizerFactory(m.getLanguage(), m.getAbbreviations(), true, Pattern.compile("^\\p{L}+$")));
    }

    /**
     * The POS model decoded greedily (beam 1) instead of the manifest's beam of 3: a third of the
     * work, and on the 223,038 tokens of 600 BBC articles not one tag differs.
     */
    private static POSModel greedy(POSModel m) {
        MaxentModel maxent = m.getArtifact("pos.model");
        return new POSModel(m.getLanguage(), maxent, 1, new HashMap<>(), m.getFactory());
    }

    /** The models, loaded on first use. */
    public static NlpModels shared() {
        NlpModels m = shared;
        if (m == null) {
            synchronized (NlpModels.class) {
                m = shared;
                if (m == null) {
                    shared = m = new NlpModels();
                }
            }
        }
        return m;
    }

    private interface Loader<T> {
        T load(InputStream in) throws IOException;
    }

    private static <T> T load(String resource, Loader<T> loader) {
        try (InputStream in = NlpModels.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP model " + resource
                        + " is not on the class path (dependency opennlp-models-*-en missing?)");
            }
            return loader.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read OpenNLP model " + resource, e);
        }
    }
}

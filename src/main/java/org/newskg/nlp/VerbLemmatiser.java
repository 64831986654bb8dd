package org.newskg.nlp;

import java.util.Map;
import opennlp.tools.lemmatizer.LemmatizerME;

/**
 * The pipeline's lemmatiser: lemmas for verbs and auxiliaries, the only tokens whose lemma
 * extraction reads, remembered across threads in {@link NlpModels#verbLemmas}. Not thread-safe (the
 * OpenNLP lemmatizer keeps state): one per {@link Annotator}.
 */
final class VerbLemmatiser implements Annotator.Lemmatiser {
    private final LemmatizerME lemmatizer;
    private final Map<String, String> lemmaCache;

    VerbLemmatiser(NlpModels models) {
        this.lemmatizer = new LemmatizerME(models.lemmas);
        this.lemmaCache = models.verbLemmas;
    }

    /**
     * Lemmas for verbs and auxiliaries, the only tokens whose lemma extraction reads; other tokens
     * get their lower-cased form. The OpenNLP lemmatizer runs only for sentences with a verb form
     * not seen before.
     */
    @Override
    public String[] lemmas(String[] words, String[] tags) {
        String[] out = new String[words.length];
        boolean miss = false;
        for (int i = 0; i < words.length; i++) {
            if (isVerb(tags[i])) {
                String cached = lemmaCache.get(key(words[i], tags[i]));
                if (cached == null) {
                    miss = true;
                    break;
                }
                out[i] = cached;
            } else {
                out[i] = words[i].toLowerCase(java.util.Locale.ROOT);
            }
        }
        if (!miss) {
            return out;
        }
        for (int i = 0; i < words.length; i++) {
            if (!isVerb(tags[i])) {
                out[i] = words[i].toLowerCase(java.util.Locale.ROOT);
                continue;
            }
            String k = key(words[i], tags[i]);
            String lemma = lemmaCache.get(k);
            if (lemma == null) {
                // the model's beam search costs per token: ask it about this one word only
                String[] one = lemmatizer.lemmatize(new String[] {words[i]}, new String[] {tags[i]});
                lemma = one[0] == null || one[0].equals("O") || one[0].isEmpty()
                        ? words[i].toLowerCase(java.util.Locale.ROOT)
                        : one[0];
                lemma = pastForm(lemma);
                if (lemmaCache.size() < NlpModels.MAX_CACHED_LEMMAS) {
                    lemmaCache.putIfAbsent(k, lemma);
                }
            }
            out[i] = lemma;
        }
        return out;
    }

    /**
     * The model leaves some past forms as they are ("alleged", read as the adjective); where our speech
     * verb lists know the base form, that is the lemma.
     */
    static String pastForm(String lemma) {
        if (!lemma.endsWith("ed") || lemma.length() < 5) {
            return lemma;
        }
        for (String base :
                new String[] {lemma.substring(0, lemma.length() - 1), lemma.substring(0, lemma.length() - 2)}) {
            if (Lexicon.SPEECH_VERBS.contains(base)
                    || Lexicon.CONTENT_VERBS.contains(base)
                    || Lexicon.DIRECTIVE_VERBS.contains(base)) {
                return base;
            }
        }
        return lemma;
    }

    private static boolean isVerb(String tag) {
        return "VERB".equals(tag) || "AUX".equals(tag);
    }

    private static String key(String word, String tag) {
        return word + '\u0001' + tag;
    }
}

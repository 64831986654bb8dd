package org.newskg.nlp;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;

/**
 * Sentences, tokens, POS tags and lemmas for a text. Not thread-safe (OpenNLP decoders keep state):
 * use one per thread, all sharing the same {@link NlpModels}. Paragraphs (lines) are annotated
 * separately so that no sentence crosses a paragraph break.
 */
public final class Annotator {
    private final SentenceDetectorME sentences;
    private final TokenizerME tokenizer;
    private final GreedyTagger tagger;
    private final LemmatizerME lemmatizer;
    private final boolean lemmatize;
    private final java.util.Map<String, String> lemmaCache;

    public Annotator(NlpModels models) {
        this(models, true);
    }

    /**
     * For the benchmark only ({@code bench.Bench}'s floor stage): sentences, tokens and POS tags as
     * the pipeline makes them, without lemmas, to time OpenNLP alone. Extraction needs the lemmas;
     * the pipeline uses {@link #Annotator(NlpModels)}.
     */
    public static Annotator taggingFloor(NlpModels models) {
        return new Annotator(models, false);
    }

    private Annotator(NlpModels models, boolean lemmatize) {
        this.sentences = new SentenceDetectorME(models.sentences);
        this.tokenizer = new TokenizerME(models.tokens);
        this.tagger = new GreedyTagger(models.pos);
        this.lemmatizer = new LemmatizerME(models.lemmas);
        this.lemmatize = lemmatize;
        this.lemmaCache = models.verbLemmas;
    }

    /**
     * Lemmas for verbs and auxiliaries, the only tokens whose lemma extraction reads; other tokens
     * get their lower-cased form. The OpenNLP lemmatizer runs only for sentences with a verb form
     * not seen before.
     */
    private String[] verbLemmas(String[] words, String[] tags) {
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

    private static final java.util.regex.Pattern ABBREVIATION = java.util.regex.Pattern.compile(
            "(?:\\b(?:[A-Z]\\.){2,}|\\b(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt|St|Prof|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|vs|Inc|Corp|Ltd|Co)\\.)\\s*$");

    /**
     * The sentence model splits after "U.S." or "Feb." and inside parentheses; such breaks are
     * undone here, since a break there would cut a name or a role in two.
     */
    static Span[] mergeFalseBreaks(String para, Span[] spans) {
        List<Span> out = new ArrayList<>();
        for (Span s : spans) {
            if (!out.isEmpty()) {
                Span prev = out.get(out.size() - 1);
                String prevText = para.substring(prev.getStart(), prev.getEnd());
                boolean openParen = prevText.chars().filter(c -> c == '(').count()
                        > prevText.chars().filter(c -> c == ')').count();
                String next = para.substring(s.getStart(), s.getEnd());
                // '“Where were you?” said Hill.': a quote ending in ? or ! does not end the sentence
                // when the attribution goes on in lower case
                boolean attribution = prevText.matches("(?s).*[?!][”\"’']\\s*")
                        && !next.isEmpty()
                        && Character.isLowerCase(next.charAt(0));
                if (openParen || attribution || endsWithAbbreviation(prevText)) {
                    out.set(out.size() - 1, new Span(prev.getStart(), s.getEnd()));
                    continue;
                }
            }
            out.add(s);
        }
        return out.toArray(new Span[0]);
    }

    /** Whether text ends with "U.S." or "Feb.": only its tail is searched, with the text around it visible to {@code \b}. */
    private static boolean endsWithAbbreviation(String text) {
        java.util.regex.Matcher m = ABBREVIATION.matcher(text);
        m.useTransparentBounds(true);
        m.region(Math.max(0, text.length() - 24), text.length());
        return m.find();
    }

    /** "Trump’s" is one token to the tokenizer model; names need it as "Trump" + "’s". */
    static Span[] splitPossessives(String sentence, Span[] spans) {
        List<Span> out = new ArrayList<>(spans.length + 4);
        for (Span sp : spans) {
            String t = sentence.substring(sp.getStart(), sp.getEnd());
            int n = t.length();
            if (n > 2
                    && (t.endsWith("’s") || t.endsWith("'s"))
                    && Character.isLetter(t.charAt(0))
                    && !t.equalsIgnoreCase("it's")
                    && !t.equalsIgnoreCase("it’s")
                    && !t.equalsIgnoreCase("that's")
                    && !t.equalsIgnoreCase("that’s")
                    && !t.equalsIgnoreCase("there's")
                    && !t.equalsIgnoreCase("there’s")) {
                out.add(new Span(sp.getStart(), sp.getEnd() - 2));
                out.add(new Span(sp.getEnd() - 2, sp.getEnd()));
            } else if (n > 2
                    && t.charAt(0) == '-'
                    && Character.isUpperCase(t.charAt(1))
                    && !out.isEmpty()
                    && out.get(out.size() - 1).getEnd() == sp.getStart()) {
                // "Solberg" + "-Lund": a double-barrelled name is one token
                Span prev = out.remove(out.size() - 1);
                out.add(new Span(prev.getStart(), sp.getEnd()));
            } else if (n > 1 && (t.charAt(n - 1) == '–' || t.charAt(n - 1) == '—') && Character.isLetter(t.charAt(0))) {
                // "the Black Sea– was": a dash typed against the word ends it
                out.add(new Span(sp.getStart(), sp.getEnd() - 1));
                out.add(new Span(sp.getEnd() - 1, sp.getEnd()));
            } else if (n > 1 && (t.charAt(0) == '…')) {
                out.add(new Span(sp.getStart(), sp.getStart() + 1));
                out.add(new Span(sp.getStart() + 1, sp.getEnd()));
            } else {
                out.add(sp);
            }
        }
        if (!out.isEmpty()) {
            // "... according to Doe." : the sentence's full stop is not part of the last word
            Span last = out.get(out.size() - 1);
            String t = sentence.substring(last.getStart(), last.getEnd());
            if (t.length() > 2
                    && t.endsWith(".")
                    && t.indexOf('.') == t.length() - 1
                    && Character.isLetter(t.charAt(t.length() - 2))) {
                out.set(out.size() - 1, new Span(last.getStart(), last.getEnd() - 1));
                out.add(new Span(last.getEnd() - 1, last.getEnd()));
            }
        }
        return out.toArray(new Span[0]);
    }

    public AnnotatedText annotate(String text) {
        List<Sentence> out = new ArrayList<>();
        int paragraph = 0;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                if (i > start) {
                    annotateParagraph(text, start, i, paragraph, out);
                }
                paragraph++;
                start = i + 1;
            }
        }
        return new AnnotatedText(text, out);
    }

    private void annotateParagraph(String text, int from, int to, int paragraph, List<Sentence> out) {
        String para = text.substring(from, to);
        for (Span s : mergeFalseBreaks(para, sentences.sentPosDetect(para))) {
            int sStart = from + s.getStart();
            int sEnd = from + s.getEnd();
            String sText = text.substring(sStart, sEnd);
            Span[] spans = splitPossessives(sText, tokenizer.tokenizePos(sText));
            if (spans.length == 0) {
                continue;
            }
            String[] words = Span.spansToStrings(spans, sText);
            String[] tags = tagger.tag(words);
            String[] lemmas = lemmatize ? verbLemmas(words, tags) : words;
            List<Token> tokens = new ArrayList<>(words.length);
            for (int t = 0; t < words.length; t++) {
                // extraction compares lower-case forms all the time: made once, here
                String lower = words[t].toLowerCase(java.util.Locale.ROOT);
                String lemma = lemmas[t];
                if (lemma == null || lemma.equals("O") || lemma.isEmpty() || lemma.equals(lower)) {
                    lemma = lower;
                }
                tokens.add(new Token(
                        t, sStart + spans[t].getStart(), sStart + spans[t].getEnd(), words[t], tags[t], lemma, lower));
            }
            out.add(new Sentence(out.size(), paragraph, sStart, sEnd, sText, tokens));
        }
    }
}

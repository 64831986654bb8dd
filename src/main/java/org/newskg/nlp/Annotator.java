package org.newskg.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
    private final Lemmatiser lemmatiser;

    /** Gives a sentence's words their lemmas from the words and their POS tags. */
    @FunctionalInterface
    public interface Lemmatiser {
        /** One lemma per word; null, "O" or "" for a word that is its own lemma (lower-cased). */
        String[] lemmas(String[] words, String[] tags);
    }

    /** The pipeline's annotator: verbs get their lemmas from the OpenNLP lemmatizer ({@link VerbLemmatiser}). */
    public Annotator(NlpModels models) {
        this(models, new VerbLemmatiser(models));
    }

    /** An annotator with another lemmatiser (the benchmark times tagging alone with words as their own lemmas). */
    public Annotator(NlpModels models, Lemmatiser lemmatiser) {
        this.sentences = new SentenceDetectorME(models.sentences);
        this.tokenizer = new TokenizerME(models.tokens);
        this.tagger = new GreedyTagger(models.pos);
        this.lemmatiser = lemmatiser;
    }

    /** Lower-case words the tagger sometimes reads as nouns though they are only verb forms ("Kim met Doe"). */
    private static final java.util.Set<String> VERB_ONLY_FORMS = WordList.load("verb-only-forms");

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

    /**
     * A lower-case word in -s the tagger read as a verb where no finite verb can stand: between a verb
     * of saying (or an article) and an auxiliary ("said trains/VERB were late"), or right after an
     * article, a preposition or an adjective ("for talks/VERB with", "bilateral talks/VERB"). It is a
     * plural noun.
     */
    private static boolean pluralSubjectReadAsVerb(String[] words, String[] tags, int t) {
        String w = words[t];
        if (!"VERB".equals(tags[t])
                || w.length() <= 3
                || !w.endsWith("s")
                || w.endsWith("ss")
                || !Character.isLowerCase(w.charAt(0))) {
            return false;
        }
        String before = words[t - 1].toLowerCase(java.util.Locale.ROOT);
        boolean beforeAux = t + 1 < words.length && "AUX".equals(tags[t + 1]);
        return beforeAux && (Set.of("said", "says", "say").contains(before) || "DET".equals(tags[t - 1]))
                || Set.of("the", "a", "an").contains(before)
                || "ADP".equals(tags[t - 1]) && !Set.of("like", "as", "than").contains(before)
                || "ADJ".equals(tags[t - 1]);
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
            for (int t = 0; t < words.length; t++) {
                if (VERB_ONLY_FORMS.contains(words[t]) && !"VERB".equals(tags[t])) {
                    tags[t] = "VERB";
                }
            }
            for (int t = 1; t < words.length; t++) {
                if (pluralSubjectReadAsVerb(words, tags, t)) {
                    tags[t] = "NOUN";
                }
            }
            String[] lemmas = lemmatiser.lemmas(words, tags);
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

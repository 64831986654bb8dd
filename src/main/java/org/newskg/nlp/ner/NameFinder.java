package org.newskg.nlp.ner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newskg.nlp.AnnotatedText;
import org.newskg.nlp.Lexicon;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Token;

/**
 * Finds and types names without a trained NER model: candidate spans are runs of capitalised
 * content words (POS-checked), titles and demonyms in front are stripped, and each span is typed
 * from a general gazetteer and from context cues (a title before it, an organisation or place
 * head noun, a determiner and a common noun around it, a speech verb after it). Types then spread
 * within the article: a surname is the person whose full name appeared.
 *
 * <pre>{@code
 * List<NameMention> names = new NameFinder(gazetteer).find(annotated);
 * }</pre>
 */
public final class NameFinder {

    private static final Set<String> AUXILIARIES = Set.of(
            "be", "am", "is", "are", "was", "were", "been", "being", "have", "has", "had", "do", "does", "did", "will",
            "would", "shall", "should", "can", "could", "may", "might", "must", "ought");
    private static final Set<String> CLOSED_POS =
            Set.of("PRON", "DET", "ADP", "CCONJ", "SCONJ", "AUX", "PART", "PUNCT", "NUM", "INTJ", "SYM");
    private static final java.util.regex.Pattern INITIALS = java.util.regex.Pattern.compile("([a-z]\\.){2,}");
    private static final java.util.regex.Pattern CONTRACTION =
            java.util.regex.Pattern.compile("(i|we|you|they|he|she|it|that|there|here|what|who|let|don|can|won)['’].*");
    private static final java.util.regex.Pattern PREFIXED_NAME =
            java.util.regex.Pattern.compile("(?:[Ee]x|[Pp]ro|[Aa]nti|[Nn]on|[Tt]hen)-\\p{Lu}.*");
    /** Words that join capitalised words into one name: name particles, "of" and "&" ("Bank of England"). */
    private static final Set<String> JOINERS = joiners();

    private static Set<String> joiners() {
        Set<String> j = new java.util.HashSet<>(Lexicon.NAME_PARTICLES);
        j.add("of");
        j.add("&");
        return Set.copyOf(j);
    }
    /** "-jung" of "Kim Dae-jung", which the tokenizer cuts off a hyphenated given name. */
    private static final java.util.regex.Pattern LOWER_NAME_TAIL = java.util.regex.Pattern.compile("-\\p{Ll}{2,5}");

    private static final Set<String> OPEN_QUOTES = Set.of("\"", "“", "‘", "'", "(", "[", "—", "-", "–", ":");
    private static final Set<String> SINGLE_PLACE_WORDS = Set.of("gulf");
    private static final Set<String> POST_NOMINALS = Set.of(
            "MP", "MPs", "QC", "KC", "MEP", "MSP", "AM", "Jr", "Jr.", "Sr", "Sr.", "OBE", "MBE", "CBE", "KBE", "PhD");

    private final Gazetteer gazetteer;

    public NameFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** A candidate span: the name tokens (a parenthesis inside may be skipped) and the cues around it. */
    private record Candidate(
            Sentence sentence,
            List<Integer> tokens,
            String text,
            int start,
            int end,
            boolean titled,
            EntityType type,
            boolean strong,
            boolean compound,
            Set<String> lowerWords) {
        Candidate typed(EntityType t, boolean s) {
            return new Candidate(sentence, tokens, text, start, end, titled, t, s, compound, lowerWords);
        }

        boolean lowerElsewhere() {
            return lowerWords.contains(text.toLowerCase(java.util.Locale.ROOT));
        }

        boolean sentenceInitial() {
            return first() == 0
                    || OPEN_QUOTES.contains(sentence.token(first() - 1).text());
        }

        int first() {
            return tokens.get(0);
        }

        int last() {
            return tokens.get(tokens.size() - 1);
        }

        String lastWord() {
            String[] w = text.split(" ");
            return w[w.length - 1];
        }

        int words() {
            return text.split(" ").length;
        }
    }

    public List<NameMention> find(AnnotatedText text) {
        List<Candidate> cands = new ArrayList<>();
        Set<String> surnames = new java.util.HashSet<>();
        for (Sentence s : text.sentences()) {
            for (int i = 1; i < s.size(); i++) {
                if (s.token(i).isCapitalised()
                        && s.token(i - 1).isProperNoun()
                        && s.token(i - 1).isCapitalised()) {
                    surnames.add(s.token(i).text());
                    if (hyphenated(s, i)) {
                        surnames.add(s.token(i).text() + "-" + s.token(i + 2).text()); // "Robert Holm-Lund"
                    }
                }
            }
        }
        Set<String> lowerWords = new java.util.HashSet<>();
        for (Sentence s : text.sentences()) {
            for (Token t : s.tokens()) {
                if (!t.text().isEmpty() && Character.isLowerCase(t.text().charAt(0))) {
                    lowerWords.add(t.text());
                }
            }
        }
        Set<String> properWords = new java.util.HashSet<>();
        for (Sentence s : text.sentences()) {
            for (int i = 1; i < s.size(); i++) {
                Token t = s.token(i);
                if (t.isCapitalised()
                        && t.isProperNoun()
                        && !OPEN_QUOTES.contains(s.token(i - 1).text())) {
                    properWords.add(t.text());
                }
            }
        }
        Context ctx = new Context(surnames, lowerWords, properWords);
        for (Sentence s : text.sentences()) {
            candidates(s, cands, ctx);
        }
        Set<String> titledSurnames = new java.util.HashSet<>();
        for (Sentence s : text.sentences()) {
            for (int i = 0; i + 1 < s.size(); i++) {
                // "Mr", "Ms", "Dr" take a surname ("Sir" and "Dame" a first name)
                if (Lexicon.COURTESY_TITLES.takesSurname(s.token(i).lower().replace(".", ""))
                        && s.token(i + 1).isCapitalised()) {
                    titledSurnames.add(s.token(i + 1).text());
                }
            }
        }
        List<Candidate> typed = new ArrayList<>(cands.size());
        for (Candidate c : cands) {
            typed.add(classify(c, titledSurnames));
        }
        typed = propagate(typed);
        List<NameMention> out = new ArrayList<>();
        for (Candidate c : typed) {
            if (c.type() != null) {
                out.add(new NameMention(
                        c.type(), c.text(), c.sentence().index(), c.first(), c.last(), c.start(), c.end()));
            }
        }
        out.addAll(repeats(text, out));
        out.sort(java.util.Comparator.comparingInt(NameMention::start));
        return out;
    }

    /**
     * One name, one reading in an article: a name of two or more words found somewhere is that name
     * wherever its words recur, even where the tagger read them otherwise (an opening "Acme Boerse"
     * tagged as a pronoun and a noun).
     */
    private static List<NameMention> repeats(AnnotatedText text, List<NameMention> found) {
        // names by their first word, longest first, so each token looks only at the names it can begin
        Map<String, List<String[]>> byFirst = new HashMap<>();
        Map<String, EntityType> types = new HashMap<>();
        Set<Long> covered = new java.util.HashSet<>();
        for (NameMention m : found) {
            if (m.text().contains(" ") && types.putIfAbsent(m.text(), m.type()) == null) {
                String[] words = m.text().split(" ");
                byFirst.computeIfAbsent(words[0], w -> new ArrayList<>()).add(words);
            }
            for (int k = m.first(); k <= m.last(); k++) {
                covered.add(((long) m.sentence() << 32) | k);
            }
        }
        List<NameMention> out = new ArrayList<>();
        if (byFirst.isEmpty()) {
            return out;
        }
        byFirst.values().forEach(l -> l.sort((x, y) -> y.length - x.length));
        for (Sentence s : text.sentences()) {
            for (int i = 0; i < s.size(); i++) {
                List<String[]> names = byFirst.get(s.token(i).text());
                if (names == null || covered.contains(((long) s.index() << 32) | i)) {
                    continue;
                }
                for (String[] words : names) {
                    int last = matchAt(s, i, words);
                    if (last < 0 || (last + 1 < s.size() && s.token(last + 1).isCapitalised())) {
                        continue; // "Acme Boerse Group" is a longer name
                    }
                    boolean free = true;
                    for (int k = i; k <= last; k++) {
                        free &= !covered.contains(((long) s.index() << 32) | k);
                    }
                    if (!free) {
                        continue;
                    }
                    String name = String.join(" ", words);
                    out.add(new NameMention(
                            types.get(name),
                            name,
                            s.index(),
                            i,
                            last,
                            s.token(i).start(),
                            s.token(last).end()));
                    for (int k = i; k <= last; k++) {
                        covered.add(((long) s.index() << 32) | k);
                    }
                    i = last;
                    break;
                }
            }
        }
        return out;
    }

    /** The last token of the name's {@code words} spelled out from token {@code i}, or -1. */
    private static int matchAt(Sentence s, int i, String[] words) {
        if (i > 0 && s.token(i - 1).isCapitalised() && !s.token(i - 1).text().equals("The")) {
            return -1; // inside a longer name
        }
        int k = i;
        for (String w : words) {
            if (k >= s.size() || !s.token(k).text().equals(w)) {
                return -1;
            }
            k++;
        }
        return k - 1;
    }

    // ------------------------------------------------------------------ candidates

    private boolean nameish(Sentence s, int i) {
        Token t = s.token(i);
        String w = t.text();
        if (w.isEmpty() || !Character.isUpperCase(w.codePointAt(0)) || w.chars().noneMatch(Character::isLetter)) {
            return false;
        }
        String lw = Lexicon.lower(w);
        boolean initial = i == 0 || OPEN_QUOTES.contains(s.token(i - 1).text());
        // a pronoun is capitalised inside a sentence only as "I": "The opposition Labour/PRON Party said"
        boolean misreadPronoun =
                "PRON".equals(t.pos()) && !initial && !w.equals("I") && !w.startsWith("I'") && !w.startsWith("I’")
                        // and so is an "auxiliary" no auxiliary is spelt like, after a name: "Jane Doe/AUX met"
                        || "AUX".equals(t.pos())
                                && !initial
                                && !AUXILIARIES.contains(lw)
                                && s.token(i - 1).isProperNoun();
        if (CLOSED_POS.contains(t.pos())
                && !t.isProperNoun()
                && !misreadPronoun
                && !(lw.indexOf('.') > 0 && INITIALS.matcher(lw).matches())) {
            return false;
        }
        if ((lw.indexOf('\'') > 0 || lw.indexOf('’') > 0)
                && CONTRACTION.matcher(lw).matches()) {
            return false; // "I'm", "We're", "Don't"
        }
        if (lw.equals("new")
                && i + 1 < s.size()
                && s.token(i + 1).isCapitalised()
                && !Lexicon.NOT_NAMES.contains(s.token(i + 1).lower())
                && !Lexicon.isDateWord(s.token(i + 1).text())) {
            return true; // "New Zealand", "Papua New Guinea": "New" begins or continues a name
        }
        if (Lexicon.NOT_NAMES.contains(lw)
                && Lexicon.ORG_WORDS.contains(lw)
                && !initial
                && s.token(i - 1).isCapitalised()
                && s.token(i - 1).isProperNoun()) {
            return true; // "Human Rights Watch", "Sky TV": a head of an organisation's name after its name
        }
        if (Lexicon.NOT_NAMES.contains(lw)
                && Lexicon.ORG_WORDS.contains(lw)
                && !initial
                && s.token(i - 1).lower().equals("the")
                && i + 2 < s.size()
                && Set.of("of", "for").contains(s.token(i + 1).text())
                && nameish(s, i + 2)) {
            return true; // "head of the Office of Harbour Affairs", "the Commission for Fair Trading"
        }
        if (Lexicon.NOT_NAMES.contains(lw) || Lexicon.isDateWord(w)) {
            return false;
        }
        if (Lexicon.COMPASS.contains(lw) && !t.isProperNoun()) {
            return false; // "Western policy"
        }
        if (w.length() == 1
                && !initial
                && !w.equals("A")
                && !w.equals("I")
                && i + 1 < s.size()
                && s.token(i + 1).isCapitalised()
                && s.token(i + 1).isProperNoun()
                && (Lexicon.isRoleWord(s.token(i - 1).lower())
                        || Lexicon.HONORIFICS.contains(s.token(i - 1).lower()))) {
            return true; // "External Affairs Minister S Venkatesh": an initial without a stop after a title
        }
        if (w.length() == 1) {
            return false; // "C", "A": letters, initials and list markers
        }
        if (initial
                && !t.isProperNoun()
                && gazetteer.typesOf(w).isEmpty()
                && !gazetteer.isKnownSurname(w)
                && !isSpeechVerb(s, i + 1)
                && !(i + 1 < s.size()
                        && Character.isUpperCase(s.token(i + 1).text().codePointAt(0))
                        && s.token(i + 1).isProperNoun())) {
            return false;
        }
        return !(initial && "VERB".equals(t.pos()) && !gazetteer.isKnownSurname(w) && !isSpeechVerb(s, i + 1));
    }

    /**
     * What the whole article says about its words.
     *
     * @param surnames   words that follow a name in the article: "Solberg-Lund" is then one name, not two
     * @param lowerWords words the article writes in lower case: such a word capitalised alone is no name
     */
    private record Context(Set<String> surnames, Set<String> lowerWords, Set<String> properWords) {}

    /**
     * "Zentrex chief X said" opening a sentence, where the tagger reads the word as an adjective:
     * a word the article also writes as a proper noun inside a sentence, and never in lower case, is
     * a name there too.
     */
    private static boolean initialName(Sentence s, int i, Context ctx) {
        Token t = s.token(i);
        boolean initial = i == 0 || OPEN_QUOTES.contains(s.token(i - 1).text());
        // the tagger may read an opening unknown word as a pronoun; a real pronoun is never a proper noun elsewhere
        return initial
                && t.isCapitalised()
                && (!CLOSED_POS.contains(t.pos()) || "PRON".equals(t.pos()) || "DET".equals(t.pos()))
                && ctx.properWords().contains(t.text())
                && !ctx.lowerWords().contains(Lexicon.lower(t.text()));
    }

    private void candidates(Sentence s, List<Candidate> out, Context ctx) {
        int n = s.size();
        int i = 0;
        while (i < n) {
            Token t = s.token(i);
            int group = groupOfNations(s, i);
            if (group > 0) {
                // "the G-20", "the Group of 20": the body other outlets write "G20", under that name
                int last = group == 1 ? i : i + 2;
                emit(
                        s,
                        group == 1 ? List.of(i) : List.of(i, i + 1, i + 2),
                        "G" + groupNumber(s, i),
                        t.start(),
                        s.token(last).end(),
                        false,
                        out,
                        ctx);
                i = last + 1;
                continue;
            }
            // "ex-US President": the part after "ex-" is a name
            if (t.text().indexOf('-') > 0 && PREFIXED_NAME.matcher(t.text()).matches()) {
                int dash = t.text().indexOf('-');
                emit(s, List.of(i), t.text().substring(dash + 1), t.start() + dash + 1, t.end(), false, out, ctx);
                i++;
                continue;
            }
            if (!nameish(s, i) && !initialName(s, i, ctx)) {
                i++;
                continue;
            }
            List<Integer> run = new ArrayList<>();
            if (i > 0
                    && Lexicon.COMPASS.contains(s.token(i - 1).text())
                    && (Lexicon.CONTINENTS.contains(t.lower())
                            || gazetteer
                                    .typesOf(s.token(i - 1).text() + " " + t.text())
                                    .contains(EntityType.LOCATION))) {
                run.add(i - 1); // "eastern Europe", "northern Cyprus" (a place the index knows) name a region of their
                // own
            }
            run.add(i);
            int j = i;
            while (true) {
                if (j + 2 < n
                        && hyphenated(s, j)
                        && (!gazetteer
                                        .typesOf(s.token(j).text() + "-"
                                                + s.token(j + 2).text())
                                        .isEmpty() // "Schleswig-Holstein"
                                || run.size() >= 2
                                        && run.stream()
                                                .anyMatch(x -> gazetteer.isGivenName(
                                                        s.token(x).text()))
                                || ctx.surnames()
                                        .contains(s.token(j).text() + "-"
                                                + s.token(j + 2).text())
                                // "Jean-Francois Theodore": a hyphenated first name before a surname
                                || run.size() == 1
                                        && gazetteer.isGivenName(s.token(j).text())
                                        && j + 3 < n
                                        && s.token(j + 3).isCapitalised()
                                        && "PROPN".equals(s.token(j + 3).pos()))) {
                    run.add(j + 1); // "Erik Solberg-Lund": a double-barrelled surname after a first name
                    run.add(j + 2);
                    j += 2;
                } else if (j + 1 < n && nameish(s, j + 1)) {
                    run.add(++j);
                } else if (j + 1 < n
                        && run.size() >= 2
                        && s.token(j).text().length() <= 4
                        && s.token(j).end() == s.token(j + 1).start()
                        && LOWER_NAME_TAIL.matcher(s.token(j + 1).text()).matches()) {
                    run.add(++j); // "Kim Dae-jung", "Ban Ki-moon": the second half of a hyphenated given name
                } else if (j + 3 < n
                        && JOINERS.contains(s.token(j + 1).text())
                        && JOINERS.contains(s.token(j + 2).text())
                        && nameish(s, j + 3)) {
                    run.add(j + 1); // "Ursula von der Leyen", "Jan de la Cruz"
                    run.add(j + 2);
                    run.add(j + 3);
                    j += 3;
                } else if (j + 2 < n
                        && isPossessive(s.token(j + 1))
                        && nameish(s, j + 2)
                        && institutionAfter(s, j + 2)
                        && !gazetteer.typesOf(join(s, run)).contains(EntityType.LOCATION)
                        && gazetteer.countryOf(join(s, run)) == null) {
                    // "Information Commissioner's Office", "People's Daily": the possessive is inside the name
                    // (but "Britain's Labour Party" is a place and a party)
                    run.add(j + 1);
                    run.add(j + 2);
                    j += 2;
                } else if (j + 2 < n && JOINERS.contains(s.token(j + 1).text()) && nameish(s, j + 2)) {
                    run.add(j + 1);
                    run.add(j + 2);
                    j += 2;
                } else if (j + 2 < n
                        && s.token(j + 1).text().equals("for")
                        && Lexicon.ORG_WORDS.contains(s.token(j).lower())
                        && nameish(s, j + 2)) {
                    run.add(j + 1); // "Office for Road Safety", "Institute for Coastal Studies"
                    run.add(j + 2);
                    j += 2;
                } else if (j + 2 < n
                        && s.token(j + 1).text().equals("and")
                        && nameish(s, j + 2)
                        && institutionOfOrFor(s, run)
                        && !gazetteer.isGivenName(s.token(j + 2).text())
                        && gazetteer.typesOf(s.token(j + 2).text()).isEmpty()
                        && !(j + 3 < n && nameish(s, j + 3))) {
                    // "Department of Fish and Forests", "Department for Roads and Rail": one more word
                    // names the field; not "the Bank of Norway and Holmen Bank" nor "... and Acme Trust Bank"
                    run.add(j + 1);
                    run.add(j + 2);
                    j += 2;
                } else if (j + 2 < n
                        && s.token(j + 1).text().equals(")")
                        && nameish(s, j + 2)
                        && openParenBefore(s, i)) {
                    // "(Russian Foreign Minister Sergei) Ivanov": the parenthesis is an insert
                    run.add(j + 2);
                    j += 2;
                } else {
                    break;
                }
            }
            addRun(s, run, out, ctx);
            i = j + 1;
        }
    }

    /** An organisation word, then "of" or "for" and the field it serves: "Department of Trade". */
    private static boolean institutionOfOrFor(Sentence s, List<Integer> run) {
        for (int k = 0; k + 2 < run.size(); k++) {
            if (Lexicon.ORG_WORDS.contains(s.token(run.get(k)).lower())
                    && Set.of("of", "for").contains(s.token(run.get(k + 1)).text())) {
                return run.stream().noneMatch(x -> s.token(x).text().equals("and")); // one "and" per name
            }
        }
        return false;
    }

    static boolean isPossessive(Token t) {
        return t.text().equals("'s") || t.text().equals("’s");
    }

    /**
     * Whether the name goes on after a possessive with one organisation word ("Commissioner's Office",
     * "People's Daily"); a longer name after it is a name of its own ("Britain's Labour Party").
     */
    private boolean institutionAfter(Sentence s, int i) {
        return Lexicon.ORG_WORDS.contains(s.token(i).lower()) && !(i + 1 < s.size() && nameish(s, i + 1));
    }

    /** "Holm-Lund" written as three tokens: a capitalised word, a hyphen and a capitalised word, unspaced. */
    private static boolean hyphenated(Sentence s, int i) {
        return i + 2 < s.size()
                && s.token(i + 1).text().equals("-")
                && s.token(i).end() == s.token(i + 1).start()
                && s.token(i + 1).end() == s.token(i + 2).start()
                && s.token(i + 2).isCapitalised();
    }

    private static boolean openParenBefore(Sentence s, int i) {
        for (int k = i - 1; k >= 0 && k >= i - 8; k--) {
            String w = s.token(k).text();
            if (w.equals("(")) {
                return true;
            }
            if (w.equals(")")) {
                return false;
            }
        }
        return false;
    }

    private void addRun(Sentence s, List<Integer> run, List<Candidate> out, Context ctx) {
        if (run.size() == 1 && Lexicon.COMPASS.contains(s.token(run.get(0)).lower())) {
            return; // "the West", "the North": a direction or a bloc, not a named place
        }
        String whole = join(s, run);
        if (run.size() == 1
                && whole.contains("-")
                && gazetteer.typesOf(whole).isEmpty()
                && !ctx.surnames().contains(whole)) {
            // "Putin-Trump", "NATO-Russia": each part is a name of its own
            Token t = s.token(run.get(0));
            int off = 0;
            for (String part : t.text().split("-")) {
                if (!part.isEmpty()
                        && Character.isUpperCase(part.codePointAt(0))
                        && !Lexicon.NOT_NAMES.contains(Lexicon.lower(part))) {
                    out.add(new Candidate(
                            s,
                            List.copyOf(run),
                            part,
                            t.start() + off,
                            t.start() + off + part.length(),
                            false,
                            null,
                            false,
                            true,
                            ctx.lowerWords()));
                }
                off += part.length() + 1;
            }
            return;
        }
        if (!gazetteer.typesOf(whole).isEmpty()) {
            emit(
                    s,
                    run,
                    whole,
                    s.token(run.get(0)).start(),
                    s.token(run.get(run.size() - 1)).end(),
                    titledBefore(s, run.get(0)),
                    out,
                    ctx);
            return;
        }
        // strip titles, posts and demonyms in front: "U.S. Secretary of State John Smith"
        int k = 0;
        boolean title = false;
        int f = run.get(0);
        if (run.size() >= 3
                && f >= 3
                && s.token(f - 1).lower().equals("the")
                && s.token(f - 2).lower().equals("of")
                && Lexicon.isRoleWord(s.token(f - 3).lower())
                && !gazetteer.isGivenName(s.token(f).text())
                && !(Lexicon.ORG_WORDS.contains(s.token(f).lower())
                        && Set.of("of", "for").contains(s.token(run.get(1)).text()))) {
            // but "head of the Office of Fish and Forests" names the institution whole
            k = 1; // "Chancellor of the Exchequer Gordon Brown": the office's domain ends the title
            title = true;
        }
        while (k < run.size() - 1) {
            String w = s.token(run.get(k)).text();
            String lw = Lexicon.lower(w);
            boolean role = Lexicon.isRoleWord(w) || Lexicon.HONORIFICS.contains(lw);
            boolean country = gazetteer.countryOf(w) != null;
            // "Republican Tom Reed", "Democrat Ann Lee": a member of a group before a first name
            boolean member = Lexicon.GROUP_NOUNS.contains(lw)
                    && !gazetteer.isGivenName(w) // but "Christian Holm" is a name
                    && gazetteer.isGivenName(s.token(run.get(k + 1)).text());
            if (!(role || country || member || lw.equals("of"))) {
                break;
            }
            title |= Lexicon.isRoleHead(w) || Lexicon.HONORIFICS.contains(lw);
            k++;
        }
        if (!title) {
            // "Fisheries Minister", "Bank of England Governor": capitalised words before a post are the post's
            for (int r = run.size() - 2; r >= 0; r--) {
                if (Lexicon.isRoleHead(s.token(run.get(r)).text())
                        && s.token(run.get(r)).isCapitalised()
                        && !isPossessive(s.token(run.get(r + 1)))) {
                    k = r + 1;
                    title = true;
                    break;
                }
            }
        }
        if (k > 0 && !title) {
            // a demonym before a name without any title ("Russian Gazprom") is a modifier, not a post; the
            // words after it stay the name ("US State Department")
            int countries = 0;
            while (countries < k
                    && (gazetteer.countryOf(s.token(run.get(countries)).text()) != null
                            || Lexicon.GROUP_NOUNS.contains(Lexicon.lower(
                                            s.token(run.get(countries)).text()))
                                    && !gazetteer.isGivenName(
                                            s.token(run.get(countries)).text()))) {
                countries++; // and a member of a group before a first name: "Republican Tom Reed"
            }
            k = countries;
        }
        if (title && k > 1) {
            // "UN Secretary-General Jane Doe": a body the index knows opens the title; it is named too
            for (int m = k - 1; m >= 1; m--) {
                List<Integer> body = run.subList(0, m);
                String bodyText = join(s, body);
                if (gazetteer.typesOf(bodyText).contains(EntityType.ORGANIZATION) && !Lexicon.isRoleWord(bodyText)) {
                    emit(
                            s,
                            body,
                            bodyText,
                            s.token(body.get(0)).start(),
                            s.token(body.get(m - 1)).end(),
                            false,
                            out,
                            ctx);
                    break;
                }
            }
        }
        int end = run.size();
        while (end - k > 1 && POST_NOMINALS.contains(s.token(run.get(end - 1)).text())) {
            end--; // "Paul Boateng MP", "Guy Mansfield QC"
        }
        if (title
                && end - k == 1
                && Lexicon.ORG_WORDS.contains(s.token(run.get(k)).lower())) {
            k = 0; // "Justice Department", "Defence Ministry": an institution, not a titled person
            title = false;
        }
        if (end - k > 2
                && gazetteer.isGivenName(s.token(run.get(k + 1)).text())
                && gazetteer.typesOf(s.token(run.get(k)).text()).contains(EntityType.ORGANIZATION)) {
            k++; // "BBC Michael Howard": the outlet, then the name
        }
        for (int j = k + 1; j < end - 1; j++) {
            if (s.token(run.get(j)).text().equals("of")
                    && gazetteer.isGivenName(s.token(run.get(k)).text())
                    && j - k <= 3) {
                end = j; // "Laura Brownlees of Save the Children": a person of an organisation
                break;
            }
        }
        List<Integer> name = run.subList(k, end);
        if (name.size() == 1
                && (gazetteer.countryOf(s.token(name.get(0)).text()) != null
                        && gazetteer.typesOf(s.token(name.get(0)).text()).isEmpty())) {
            return; // a demonym alone ("Russian") names no entity
        }
        if (name.size() == 1
                && Lexicon.isRoleWord(s.token(name.get(0)).text())
                && !Lexicon.ORGANISATION_FORMS.contains(s.token(name.get(0)).lower())) {
            return; // "President" alone - but "Labour" alone is the party
        }
        if (name.size() == 1
                && (Lexicon.HONORIFICS.contains(s.token(name.get(0)).lower())
                        || Lexicon.HONORIFICS.contains(s.token(name.get(0)).lower() + "."))) {
            return; // "Lt. Col. Jane Doe" cut by the sentence detector: "Col." alone is a title
        }
        if (name.size() == 1
                && k > 0
                && (ctx.lowerWords().contains(s.token(name.get(0)).lower())
                        || run.get(0) > 0 && s.token(run.get(0) - 1).lower().equals("the"))
                && !gazetteer.isKnownSurname(s.token(name.get(0)).text())
                && !gazetteer.isGivenName(s.token(name.get(0)).text())) {
            // "the General Election": a titled name takes no article, and a word the article writes in lower
            // case is none either; "the Archbishop of Bergen", "the Sultan of Karsk" name the place
            if (gazetteer.typesOf(s.token(name.get(0)).text()).contains(EntityType.LOCATION)) {
                emit(
                        s,
                        name,
                        s.token(name.get(0)).text(),
                        s.token(name.get(0)).start(),
                        s.token(name.get(0)).end(),
                        false,
                        out,
                        ctx);
            }
            return;
        }
        String text = join(s, name);
        emit(
                s,
                name,
                text,
                s.token(name.get(0)).start(),
                s.token(name.get(name.size() - 1)).end(),
                title || titledBefore(s, run.get(0)),
                out,
                ctx);
    }

    private void emit(
            Sentence s,
            List<Integer> tokens,
            String text,
            int start,
            int end,
            boolean titled,
            List<Candidate> out,
            Context ctx) {
        out.add(new Candidate(s, List.copyOf(tokens), text, start, end, titled, null, false, false, ctx.lowerWords()));
    }

    private static final java.util.regex.Pattern G_HYPHEN = java.util.regex.Pattern.compile("G-(\\d{1,2})");
    private static final Map<String, String> GROUP_SIZES =
            Map.of("seven", "7", "eight", "8", "twenty", "20", "7", "7", "8", "8", "20", "20", "77", "77");

    /**
     * Tokens of a group of nations' designation at {@code i}: 1 for "G-20", 3 for "Group of 20" or
     * "Group of Seven"; 0 for anything else ("G20" is a plain acronym already).
     */
    private static int groupOfNations(Sentence s, int i) {
        String w = s.token(i).text();
        if (G_HYPHEN.matcher(w).matches()) {
            return 1;
        }
        if (w.equals("Group")
                && i + 2 < s.size()
                && s.token(i + 1).text().equals("of")
                && GROUP_SIZES.containsKey(Lexicon.lower(s.token(i + 2).text()))) {
            return 3;
        }
        return 0;
    }

    private static String groupNumber(Sentence s, int i) {
        String w = s.token(i).text();
        return w.startsWith("G-")
                ? w.substring(2)
                : GROUP_SIZES.get(Lexicon.lower(s.token(i + 2).text()));
    }

    /** A title or post right before the name: "spokesman Jane Doe", "Mr Smith". */
    private static boolean titledBefore(Sentence s, int first) {
        if (first == 0) {
            return false;
        }
        String w = s.token(first - 1).text();
        String lw = Lexicon.lower(w);
        return Lexicon.isRoleHead(lw) || Lexicon.HONORIFICS.contains(lw);
    }

    static String join(Sentence s, List<Integer> tokens) {
        StringBuilder b = new StringBuilder();
        Token prev = null;
        for (int i : tokens) {
            Token t = s.token(i);
            if (prev != null) {
                b.append(prev.end() == t.start() ? "" : " ");
            }
            b.append(t.text());
            prev = t;
        }
        return b.toString();
    }

    // ------------------------------------------------------------------ typing

    private Candidate classify(Candidate c, Set<String> titledSurnames) {
        Sentence s = c.sentence();
        String text = c.text();
        String lastLower = Lexicon.lower(c.lastWord());
        Set<EntityType> known = gazetteer.typesOf(text);
        Token next = c.last() + 1 < s.size() ? s.token(c.last() + 1) : null;
        Token prev = c.first() > 0 ? s.token(c.first() - 1) : null;
        boolean speechAfter = next != null && isSpeechVerb(s, c.last() + 1);

        if (Lexicon.NEWS_OUTLETS.contains(Lexicon.lower(text))) {
            return c.typed(EntityType.ORGANIZATION, true); // "told Al Jazeera": an outlet, though "Al" is a first name
        }
        if (c.words() >= 2
                && !known.contains(EntityType.LOCATION)
                && !known.contains(EntityType.PERSON)
                && java.util.Arrays.stream(text.split(" "))
                        .anyMatch(w ->
                                Lexicon.ORG_WORDS.contains(Lexicon.lower(w)) && Character.isUpperCase(w.charAt(0)))) {
            return c.typed(EntityType.ORGANIZATION, true); // "Muslim Council of Britain", "Financial Times"
        }
        if (Lexicon.ORGANISATION_FORMS.contains(Lexicon.lower(text)) && !c.titled() && !c.lowerElsewhere()) {
            return c.typed(EntityType.ORGANIZATION, true); // "Labour and the Conservatives": parties by short name
        }
        if (c.words() == 1
                && (Lexicon.GROUP_NOUNS.contains(lastLower)
                        || gazetteer.countryOf(text) != null
                                && gazetteer.typesOf(text).isEmpty())) {
            return c; // "Muslim", "Briton": a group, not a name
        }
        if (c.words() == 1 && c.lowerElsewhere() && !gazetteer.isGivenName(text)) {
            return weakKnown(c, known);
        }
        if (known.contains(EntityType.LOCATION)
                && speechAfter
                && c.words() == 1
                && !gazetteer.isMajorPlace(text)
                && (prev == null
                        || !Lexicon.LOCATIVE_PREPOSITIONS.contains(
                                prev.lower()))) { // "the office in Oslo said": a place
            known = java.util.EnumSet.noneOf(EntityType.class); // "Halifax said": a company or a person, not a town
            known.addAll(gazetteer.typesOf(text));
            known.remove(EntityType.LOCATION);
        }
        if (!known.isEmpty()) {
            if (known.contains(EntityType.LOCATION) && !c.titled()) {
                return c.typed(EntityType.LOCATION, true);
            }
            if (known.contains(EntityType.ORGANIZATION) && !c.titled()) {
                return c.typed(EntityType.ORGANIZATION, true);
            }
            if (known.contains(EntityType.PERSON)
                    && (c.words() > 1
                            || c.titled()
                            || c.sentence().token(c.first()).isProperNoun() && c.first() > 0)) {
                return c.typed(EntityType.PERSON, true); // a one-word name needs more than a capital at sentence start
            }
        }
        if (c.titled()
                && c.words() == 1
                && known.isEmpty()
                && text.length() >= 3
                && text.matches("\\p{Lu}[\\p{Lu}\\d&]+")) {
            return c.typed(
                    EntityType.ORGANIZATION, false); // "Chinese partner SAIC": an acronym after a noun of relation
        }
        if (c.titled()) {
            return c.typed(EntityType.PERSON, true);
        }
        String[] words = text.split(" ");
        if (Lexicon.WATER_BODIES.contains(Lexicon.lower(words[words.length - 1]))
                && (words.length == 1 || words.length == 2 && Lexicon.COMPASS.contains(Lexicon.lower(words[0])))) {
            return c.typed(EntityType.LOCATION, true); // "a free and open Pacific", "the South Pacific"
        }
        if (known.isEmpty()
                && c.words() >= 2
                && c.words() <= 3
                && titledSurnames.contains(c.lastWord())
                && !Lexicon.ORG_WORDS.contains(lastLower)) {
            return c.typed(
                    EntityType.PERSON, true); // "Palaniappan Chidambaram" in an article that says "Mr Chidambaram"
        }
        String firstWord = text.split(" ")[0];
        if (c.words() >= 2 && Lexicon.WORK_WORDS.contains(lastLower)) {
            return c; // "Marshall Plan", "Nobel Prize": named things that are neither people nor places
        }
        if (prev != null
                && Set.of("for", "of").contains(prev.lower())
                && c.first() >= 2
                && Set.of("mp", "mps", "msp", "mep", "member", "candidate", "councillor")
                        .contains(c.sentence().token(c.first() - 2).lower())) {
            return c.typed(EntityType.LOCATION, false); // "MP for Hornsey and Wood Green": a constituency
        }
        if (known.isEmpty()
                && prev != null
                && Set.of("in", "at", "near").contains(prev.lower())
                && next != null
                && next.text().equals(",")
                && c.last() + 2 < s.size()
                && s.token(c.last() + 2).isCapitalised()
                && (gazetteer.typesOf(s.token(c.last() + 2).text()).contains(EntityType.LOCATION)
                        || gazetteer.countryOfPlace(s.token(c.last() + 2).text()) != null)
                && !(c.last() + 3 < s.size() && isPossessive(s.token(c.last() + 3)))) {
            // "in Maria Vale, Sola": a place, then the place it is in, even when its first word is also a given name
            return c.typed(EntityType.LOCATION, true);
        }
        if (c.words() >= 2 && c.words() <= 4 && gazetteer.isGivenName(firstWord)) {
            // after "in" a given name may begin a place's name ("in Maria Vale"): what the article says of it
            // elsewhere decides
            boolean locative = prev != null && Set.of("in", "near").contains(prev.lower()) && !speechAfter;
            return c.typed(EntityType.PERSON, !locative);
        }
        if ((c.words() >= 2 && Lexicon.PLACE_WORDS.contains(lastLower)) || SINGLE_PLACE_WORDS.contains(lastLower)) {
            return c.typed(EntityType.LOCATION, true);
        }
        Token firstToken = c.sentence().token(c.first());
        if (c.words() == 2
                && !gazetteer.typesOf(c.lastWord()).isEmpty()
                && gazetteer.typesOf(c.lastWord()).contains(EntityType.LOCATION)
                && ("ADJ".equals(firstToken.pos()) || firstToken.isProperNoun())
                && gazetteer.typesOf(firstToken.text()).isEmpty()
                && !gazetteer.isGivenName(firstToken.text())) {
            return c.typed(EntityType.LOCATION, false); // "Nazi Germany", "Greater London"
        }
        if (c.compound() && c.words() == 1 && gazetteer.isKnownSurname(text)) {
            return c.typed(EntityType.PERSON, false); // "a Putin-Trump summit": a pair of people
        }
        boolean determiner = prev != null
                && (Set.of("a", "an", "the").contains(prev.lower())
                        // "Tuesday's Ecofin meeting": a date's possessive determines the name as an article would
                        || isPossessive(prev)
                                && c.first() >= 2
                                && Lexicon.isDateWord(s.token(c.first() - 2).text()));
        if (determiner && (speechAfter || (next != null && "NOUN".equals(next.pos()) && !next.isCapitalised()))) {
            return c.typed(EntityType.ORGANIZATION, false); // "the Kremlin said", "a Bloomberg report"
        }
        if (next != null
                && !next.isCapitalised()
                && (Lexicon.isRoleHead(next.text())
                        || next.lower().endsWith("s")
                                && Lexicon.isRoleHead(
                                        next.lower().substring(0, next.lower().length() - 1)))) {
            return c.typed(EntityType.ORGANIZATION, false); // "Kremlin spokesman", "Jefferies analysts"
        }
        boolean modifierUse = next != null && (next.isCapitalised() || "NUM".equals(next.pos()));
        boolean placeContext = prev != null
                && (Lexicon.LOCATIVE_PREPOSITIONS.contains(prev.lower())
                        || Set.of("and", "or").contains(prev.lower())
                                && c.first() >= 2
                                && !gazetteer
                                        .typesOf(c.sentence()
                                                .token(c.first() - 2)
                                                .text())
                                        .isEmpty()
                                && gazetteer
                                        .typesOf(c.sentence()
                                                .token(c.first() - 2)
                                                .text())
                                        .contains(EntityType.LOCATION));
        boolean properNoun = (c.sentence().token(c.first()).isProperNoun() && !c.sentenceInitial()) || speechAfter;
        if (c.words() == 1
                && gazetteer.isKnownSurname(text)
                && !determiner
                && !modifierUse
                && !placeContext
                && properNoun) {
            return c.typed(EntityType.PERSON, false); // "Trump said", not "the Guildford Four"
        }

        if (prev != null
                && prev.lower().equals("of")
                && c.first() >= 2
                && Lexicon.SETTLEMENT_WORDS.contains(
                        c.sentence().token(c.first() - 2).lower())) {
            return c.typed(EntityType.LOCATION, true); // "the city of Karsk", "the resort island of Sola"
        }
        if (c.words() <= 3
                && known.isEmpty()
                && prev != null
                && Set.of("in", "near").contains(prev.lower())
                && (next == null
                        || Set.of(",", ".", ";", "and").contains(next.text())
                        || dateFollows(s, c.last() + 1)) // "met him in Brambury on Tuesday"
                && !c.sentenceInitial()
                && !gazetteer.isGivenName(firstWord)
                && !gazetteer.isKnownSurname(c.lastWord())) {
            return c.typed(EntityType.LOCATION, false); // "a refinery in Zhoushan, south of Shanghai"
        }
        if (c.words() >= 3
                && text.contains(" of ")
                && (Lexicon.ORG_WORDS.contains(Lexicon.lower(firstWord))
                        || Lexicon.PLACE_WORDS.contains(Lexicon.lower(firstWord)))) {
            return c.typed(EntityType.ORGANIZATION, false); // "House of Representatives", "Court of Appeal"
        }
        if (c.words() >= 2 && c.words() <= 3 && (speechAfter || appositionThenSpeech(s, c.last() + 1))) {
            return c.typed(EntityType.PERSON, false); // "..., Varko Almeda, a Kenyan lawyer, told the BBC"
        }
        if (c.words() == 1
                && known.isEmpty()
                && prev != null
                && Set.of("for", "at").contains(prev.lower())
                && c.first() >= 2
                && Lexicon.SPOKESPERSONS.contains(s.token(c.first() - 2).lower())) {
            return c.typed(EntityType.ORGANIZATION, false); // "a spokesman for Unison"
        }
        if (c.words() <= 3
                && known.isEmpty()
                && prev != null
                && !prev.isCapitalised()
                && Lexicon.GENERIC_ORG_NOUNS.contains(prev.lower())
                && !gazetteer.isGivenName(firstWord)) {
            return c.typed(EntityType.ORGANIZATION, false); // "the carmaker Voltaro", "stock market Zentrex"
        }
        if (c.words() == 1 && known.isEmpty() && text.length() >= 3 && text.matches("\\p{Lu}[\\p{Lu}\\d&]+")) {
            // "ASML", "UKIP": an unknown acronym names an institution far more often than anything else
            return c.typed(EntityType.ORGANIZATION, false);
        }
        if (c.words() == 1
                && speechAfter
                && known.isEmpty()
                && !gazetteer.isGivenName(text)
                && !gazetteer.isKnownSurname(text)
                && c.sentence().token(c.first()).isProperNoun()) {
            // "..., Euronext said": one unknown proper name that speaks and is nobody's surname (a surname
            // of the article's people becomes a person in propagate) is an institution
            return c.typed(EntityType.ORGANIZATION, false);
        }
        return c;
    }

    /** "on Tuesday", "last week", "this morning", "yesterday": a time phrase starts at {@code k}. */
    private static boolean dateFollows(Sentence s, int k) {
        if (k >= s.size()) {
            return false;
        }
        String w = s.token(k).lower();
        if (Set.of("yesterday", "today", "tonight").contains(w)) {
            return true;
        }
        return k + 1 < s.size()
                && Set.of("on", "last", "this", "next", "earlier", "later").contains(w)
                && (Lexicon.isDateWord(s.token(k + 1).text())
                        || Set.of("week", "month", "year", "weekend", "morning", "afternoon", "evening")
                                .contains(s.token(k + 1).lower()));
    }

    /** A single capitalised word the article also writes in lower case ("Fears", "Election") is a common noun. */
    private static Candidate weakKnown(Candidate c, Set<EntityType> known) {
        return known.contains(EntityType.LOCATION) ? c.typed(EntityType.LOCATION, false) : c;
    }

    /** ", a Kenyan lawyer and politician, told": an apposition opened by an article, closed, then a speech verb. */
    private static boolean appositionThenSpeech(Sentence s, int comma) {
        if (comma + 1 >= s.size()
                || !s.token(comma).text().equals(",")
                || !Set.of("a", "an", "the").contains(s.token(comma + 1).lower())) {
            return false;
        }
        for (int k = comma + 2; k < s.size() && k <= comma + 10; k++) {
            if (s.token(k).text().equals(",")) {
                return isSpeechVerb(s, k + 1);
            }
            if ("VERB".equals(s.token(k).pos())) {
                return false;
            }
        }
        return false;
    }

    private static boolean isSpeechVerb(Sentence s, int i) {
        for (int k = i; k < s.size() && k <= i + 2; k++) {
            Token t = s.token(k);
            if (("VERB".equals(t.pos()) || "AUX".equals(t.pos())) && Lexicon.SPEECH_VERBS.contains(t.lemma())) {
                return true;
            }
            if (!("AUX".equals(t.pos()) || "ADV".equals(t.pos()))) {
                return false;
            }
        }
        return false;
    }

    /** Within the article a name keeps one type, and a surname is the person whose full name appeared. */
    private List<Candidate> propagate(List<Candidate> cands) {
        Map<String, EntityType> strong = new HashMap<>();
        Map<String, EntityType> weak = new HashMap<>();
        Map<String, EntityType> surnames = new HashMap<>();
        Map<String, Integer> firstNames = new HashMap<>();
        for (Candidate c : cands) {
            if (c.type() != null && c.strong()) {
                strong.putIfAbsent(c.text(), c.type());
            } else if (c.type() != null) {
                weak.putIfAbsent(c.text(), c.type());
            }
            if (c.type() == EntityType.PERSON && c.words() >= 2) {
                String[] w = c.text().split(" ");
                surnames.put(w[w.length - 1], EntityType.PERSON);
                firstNames.merge(w[0], 1, Integer::sum);
            }
        }
        List<Candidate> out = new ArrayList<>(cands.size());
        for (Candidate c : cands) {
            EntityType t = c.type();
            boolean locative = c.first() > 0
                    && Lexicon.LOCATIVE_PREPOSITIONS.contains(
                            c.sentence().token(c.first() - 1).lower())
                    && !(c.first() > 1
                            && c.sentence().token(c.first() - 2).lower().equals("according"))
                    // "a statement from Lee's office": the preposition governs the office, not the name
                    && !(c.last() + 1 < c.sentence().size()
                            && isPossessive(c.sentence().token(c.last() + 1)));
            boolean firstNameOfOne = c.words() == 1
                    && firstNames.getOrDefault(c.text(), 0) >= 1
                    && !locative
                    && (t == null || t == EntityType.LOCATION && !gazetteer.isMajorPlace(c.text()));
            if (firstNameOfOne
                    || c.words() == 1
                            && surnames.containsKey(c.text())
                            && (t == null
                                    || !c.strong()
                                    || t == EntityType.PERSON
                                    || t == EntityType.LOCATION && !locative)) {
                out.add(c.typed(EntityType.PERSON, true));
            } else if ((t == null || !c.strong()) && strong.containsKey(c.text())) {
                out.add(c.typed(strong.get(c.text()), true));
            } else if (t == null && c.words() >= 2 && surnames.containsKey(c.lastWord())) {
                out.add(c.typed(EntityType.PERSON, true));
            } else if (t == null && weak.containsKey(c.text())) {
                // "Jefferies analysts said ... according to Jefferies": one name, one type in an article
                out.add(c.typed(weak.get(c.text()), false));
            } else {
                out.add(c);
            }
        }
        return out;
    }
}

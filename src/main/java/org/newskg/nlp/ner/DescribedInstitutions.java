package org.newskg.nlp.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newskg.nlp.AnnotatedText;
import org.newskg.nlp.Lexicon;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Token;

/**
 * Institutions the text names by description where they speak: "Spain's foreign ministry said",
 * "The German government has said", "according to the Venezuelan opposition". A place or a
 * nationality owns a common noun that heads an institution ({@link Lexicon#INSTITUTION_HEADS});
 * the phrase becomes an organisation named as written, so that what it said has a speaker. Only
 * speaking descriptions are taken: elsewhere "the government" is too vague to be a node.
 */
public final class DescribedInstitutions {
    private final Gazetteer gazetteer;

    public DescribedInstitutions(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** Organisation mentions for the speaking descriptions, given the names already found. */
    public List<NameMention> find(AnnotatedText text, List<NameMention> names) {
        List<NameMention> out = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            for (int i = 0; i < s.size(); i++) {
                int head = headStart(s, i);
                if (head < 0 || !speaks(s, head, i)) {
                    continue;
                }
                int k = head - 1;
                while (k > 0 && head - k <= 2 && isModifier(s.token(k))) {
                    k--; // "foreign", "interior", "state"
                }
                NameMention m = owned(s, k, i, names);
                if (m != null && names.stream().noneMatch(n -> overlaps(n, m, head))) {
                    out.add(m);
                }
            }
        }
        return out;
    }

    /** Where the head noun ending at token {@code i} starts, or -1: "ministry", "central bank". */
    private static int headStart(Sentence s, int i) {
        String w = s.token(i).text();
        if (w.isEmpty() || !Character.isLowerCase(w.charAt(0))) {
            return -1;
        }
        if (Lexicon.ENTOURAGE_NOUNS.contains(s.token(i).lower()) && i > 1 && NameFinder.isPossessive(s.token(i - 1))) {
            return i; // "Mr Reed's supporters"
        }
        if (i > 0
                && Lexicon.INSTITUTION_HEADS.contains(
                        s.token(i - 1).lower() + " " + s.token(i).lower())) {
            return i - 1;
        }
        return Lexicon.INSTITUTION_HEADS.contains(s.token(i).lower()) ? i : -1;
    }

    private static boolean isModifier(Token t) {
        String w = t.text();
        return !w.isEmpty() && Character.isLowerCase(w.charAt(0)) && ("ADJ".equals(t.pos()) || "NOUN".equals(t.pos()));
    }

    /** The description with its owner before token {@code k + 1}: a place's possessive or a nationality. */
    private NameMention owned(Sentence s, int k, int last, List<NameMention> names) {
        if (k < 0) {
            return null;
        }
        Token t = s.token(k);
        if (NameFinder.isPossessive(t) && k > 0) {
            boolean entourage = Lexicon.ENTOURAGE_NOUNS.contains(s.token(last).lower());
            for (NameMention n : names) {
                if (n.sentence() != s.index() || n.last() != k - 1) {
                    continue;
                }
                if (entourage && n.type() == EntityType.PERSON) {
                    // "Mr Reed's supporters": the group of the person under the person's fullest name
                    String full = fullName(n, names);
                    String text = full + "'s " + s.token(last).text();
                    return new NameMention(
                            EntityType.ORGANIZATION,
                            text,
                            s.index(),
                            n.first(),
                            last,
                            s.token(n.first()).start(),
                            s.token(last).end());
                }
                if (!entourage && n.type() == EntityType.LOCATION) {
                    return mention(s, n.first(), last);
                }
            }
            return null;
        }
        boolean nationality = t.isCapitalised()
                && gazetteer.countryOf(t.text()) != null
                && names.stream().noneMatch(n -> n.sentence() == s.index() && n.first() <= k && k <= n.last());
        // "the Ruritanian government", or a bare phrase opening its noun phrase ("after Ruritanian authorities")
        boolean determined = k == 0
                || Set.of("the", "a", "an").contains(s.token(k - 1).lower())
                || Set.of("ADP", "SCONJ", "CCONJ").contains(s.token(k - 1).pos());
        return nationality && determined ? mention(s, k, last) : null;
    }

    /** The longest person name of the article ending in the surname {@code n} is written with. */
    private static String fullName(NameMention n, List<NameMention> names) {
        String[] words = n.text().split(" ");
        String surname = words[words.length - 1];
        String best = n.text();
        for (NameMention m : names) {
            if (m.type() == EntityType.PERSON
                    && m.text().endsWith(" " + surname)
                    && m.text().length() > best.length()) {
                best = m.text();
            }
        }
        if (best.equals(n.text())
                && words.length > 1
                && Lexicon.COURTESY_TITLES.takesSurname(Lexicon.lower(words[0]))) {
            return surname; // "Mr Reed" named nowhere in full
        }
        return best;
    }

    private static NameMention mention(Sentence s, int first, int last) {
        String text = NameFinder.join(
                s, java.util.stream.IntStream.rangeClosed(first, last).boxed().toList());
        return new NameMention(
                EntityType.ORGANIZATION,
                text,
                s.index(),
                first,
                last,
                s.token(first).start(),
                s.token(last).end());
    }

    /** Whether the description is the subject of a speech verb, or follows "according to". */
    private static boolean speaks(Sentence s, int head, int last) {
        int k = last + 1;
        if (k < s.size() && Lexicon.SPOKESPERSONS.contains(s.token(k).lower())) {
            k++; // "a Japanese trade ministry official said": the ministry speaks through its official
        }
        while (k < s.size()
                && (Lexicon.SKIP_BEFORE_VERB.contains(s.token(k).lower())
                        || "ADV".equals(s.token(k).pos())
                        || "AUX".equals(s.token(k).pos()))) {
            k++;
        }
        if (k < s.size()
                && "VERB".equals(s.token(k).pos())
                && Lexicon.CONTENT_VERBS.contains(s.token(k).lemma())) {
            return true;
        }
        if (k < s.size() && "VERB".equals(s.token(k).pos()) && participleSpeech(s, k + 1)) {
            return true;
        }
        int before = head - 1;
        while (before >= 0
                && (s.token(before).isCapitalised()
                        || isModifier(s.token(before))
                        || Set.of("the", "’s", "'s").contains(s.token(before).lower()))) {
            before--;
        }
        if (before >= 3
                && s.token(before).lower().equals("from")
                && Lexicon.SPEECH_NOUNS.contains(s.token(before - 1).lower())) {
            // "according to a statement from Mr Reed's office"
            before -= 2;
            if (Set.of("a", "an", "the").contains(s.token(before).lower())) {
                before--;
            }
        }
        return before >= 1
                && s.token(before).lower().equals("to")
                && s.token(before - 1).lower().equals("according");
    }

    /**
     * "the Ruritanian government froze his assets, accusing him of fraud": a participle of a speech
     * verb after a comma, in the clause of the description's verb, makes the description its speaker.
     */
    private static boolean participleSpeech(Sentence s, int from) {
        for (int j = from + 1; j < s.size(); j++) {
            Token t = s.token(j);
            if (Set.of(";", ":").contains(t.text())) {
                return false;
            }
            if (s.token(j - 1).text().equals(",")
                    && "VERB".equals(t.pos())
                    && t.lower().endsWith("ing")) {
                return Lexicon.SPEECH_VERBS.contains(t.lemma());
            }
        }
        return false;
    }

    private static boolean overlaps(NameMention n, NameMention m, int head) {
        return n.sentence() == m.sentence() && n.first() <= m.last() && head <= n.last();
    }
}

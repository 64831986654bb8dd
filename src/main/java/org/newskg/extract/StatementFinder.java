package org.newskg.extract;

import static org.newskg.extract.QuoteMarks.isQuoteMark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.newskg.nlp.AnnotatedText;
import org.newskg.nlp.Lexicon;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Token;
import org.newskg.nlp.ner.EntityType;
import org.newskg.nlp.ner.Gazetteer;
import org.newskg.resolve.ArticleEntities;
import org.newskg.resolve.LocalEntity;

/**
 * Attributed speech: direct quotes and reported speech with their speakers.
 *
 * <p>Anchors are speech verbs ("said", "stressed", "denied", "according to") and speech nouns ("X's
 * remarks that", "a Bloomberg report that"). Each anchor gets a subject (a name, a pronoun, a role
 * phrase such as "the spokesman", or an institution or place) and content: the clause after it, or
 * the clause or quote before ", X said". Quotes no anchor covers are attributed from the sentence
 * around them or continue the previous speaker's quote.
 */
public final class StatementFinder {
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they");
    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "declined", "refused", "nor");
    private final RoleFinder roles;
    private final Gazetteer gazetteer;

    public StatementFinder(RoleFinder roles, Gazetteer gazetteer) {
        this.roles = roles;
        this.gazetteer = gazetteer;
    }

    /** A speaker candidate (by {@link org.newskg.resolve.LocalEntity#id()}, -1 for none) and where its words are. */
    private record Anchor(
            int sentence, int verb, int speaker, int contentStart, int contentEnd, boolean negated, boolean noun) {}

    public List<Statement> find(
            AnnotatedText nlp,
            ArticleEntities entities,
            List<RoleMention> roleMentions,
            List<Quote> quotes,
            DateResolver dates) {
        String text = nlp.text();
        List<Statement> out = new ArrayList<>();
        Set<Quote> used = new HashSet<>();
        int lastSpeaker = -1;
        int lastSpeakerSentence = -10;
        Statement lastStatement = null;
        boolean lastWasWholeQuote = false;

        int lastPerson = -1;
        Memory mem = new Memory(nlp.sentences(), gazetteer);
        mem.unnamedSubjects.addAll(unnamedPostSubjects(nlp, entities, roleMentions));
        for (Sentence s : nlp.sentences()) {
            boolean speakerIsPerson = lastSpeaker >= 0
                    && (entities.byId(lastSpeaker).type() == EntityType.PERSON
                            || lastSpeaker == mem.spokesOrg); // "A party spokesman said ... he added": the party
            if (speakerIsPerson) {
                lastPerson = lastSpeaker;
            }
            // "he" after "..., according to the agency" is still the person who spoke last
            int pronounRef =
                    speakerIsPerson || lastPerson < 0 || s.index() - lastSpeakerSentence > 4 ? lastSpeaker : lastPerson;
            mem.spokeIn = lastSpeakerSentence;
            List<Anchor> anchors = anchors(s, nlp, entities, roleMentions, quotes, pronounRef, mem);
            List<Statement> here = new ArrayList<>();
            List<int[]> contents = new ArrayList<>(); // what this sentence's speakers said, as text offsets
            for (Anchor a : anchors) {
                if (a.speaker() < 0) {
                    for (Quote q : quotes) {
                        if (a.contentStart() >= 0 && q.start() >= a.contentStart() && q.start() < a.contentEnd()) {
                            used.add(q);
                        }
                    }
                    continue;
                }
                if (a.negated() || a.contentStart() < 0) {
                    int verbAt = s.token(a.verb()).start();
                    boolean reported = contents.stream().anyMatch(c -> c[0] <= verbAt && verbAt < c[1]);
                    // "X said Norway was simply responding to ...": a speech verb inside what X said is not the
                    // next "she added"'s speaker
                    if (!a.noun() && !reported) {
                        lastSpeaker = a.speaker();
                        lastSpeakerSentence = s.index();
                    }
                    continue;
                }
                int cs = a.contentStart();
                int ce = a.contentEnd();
                String content = trimContent(text, cs, ce);
                if (content.split("\\s+").length < 2 && !startsWithQuote(text, cs)) {
                    continue;
                }
                Quote whole = wholeQuote(quotes, text, cs, ce);
                boolean direct = whole != null;
                if (!direct && !hasVerb(s, cs, ce) && !mem.directives.contains(a) && !mem.judgings.contains(a)) {
                    continue; // "..., referring to Tory leader Michael Howard": a name, not a clause
                }
                String words = direct ? clean(whole.inner(text)) : clean(content);
                if (!direct && BACK_REFERENCE.matcher(words).matches()) {
                    continue; // "She said this while addressing a rally": what she said was reported before
                }
                if (direct) {
                    used.add(whole);
                    Quote opening = openingQuoteBefore(quotes, used, s, text, a.verb());
                    if (opening != null) {
                        // ""We are ready," she said, "but we need guarantees."": one quote split by its speaker
                        words = clean(opening.inner(text)) + " ... " + words;
                        used.add(opening);
                        cs = opening.start();
                    }
                }
                for (Quote q : quotes) {
                    if (q.start() >= cs && q.start() < ce) {
                        used.add(q); // a partial quote inside reported speech is part of it
                    }
                }
                String date = attributionDate(s, a, quotes, dates);
                Span span = new Span(Math.min(cs, s.start()), Math.max(ce, s.end()), s.index());
                Statement st = new Statement(entities.byId(a.speaker()), words, direct, span, date, List.of());
                here.add(st);
                contents.add(new int[] {cs, ce});
                if (!a.noun()) {
                    lastSpeaker = a.speaker();
                    lastSpeakerSentence = s.index();
                }
            }
            // quotes in this sentence that no anchor took
            for (Quote q : quotes) {
                // a quote is settled in the sentence where it ends: a later "he added" may still claim it
                if (used.contains(q) || q.end() <= s.start() || q.end() > s.end() + 1) {
                    continue;
                }
                used.add(q);
                String words = clean(q.inner(text));
                if (words.split("\\s+").length < 4) {
                    // "metric martyrs", "two-bit Tories": scare quotes, not statements - unless a verb of
                    // judging or asking gives them a speaker ("slammed the hearings as a 'disgrace'")
                    int judge = judgingSpeaker(s, q, entities, roleMentions, pronounRef, text, mem);
                    if (judge >= 0 && !words.isEmpty()) {
                        here.add(new Statement(
                                entities.byId(judge),
                                words,
                                true,
                                new Span(q.start(), q.end(), s.index()),
                                null,
                                List.of()));
                    }
                    continue;
                }
                Anchor near = anchors.stream()
                        .filter(a -> a.speaker() >= 0 && !a.noun())
                        .findFirst()
                        .orElse(null);
                Sentence opening = nlp.sentenceAt(q.start());
                boolean opensSentence = opening != null && q.start() <= firstNonSpace(text, opening.start());
                if (near != null) {
                    here.add(new Statement(
                            entities.byId(near.speaker()),
                            words,
                            true,
                            new Span(q.start(), q.end(), s.index()),
                            null,
                            List.of()));
                    lastSpeaker = near.speaker();
                    lastSpeakerSentence = s.index();
                } else if (opensSentence
                        && lastStatement != null
                        && lastWasWholeQuote
                        && lastStatement.direct()
                        && s.index() - lastStatement.span().sentence() <= 3) {
                    // the speaker's quote goes on after "he said": one statement
                    Statement merged = new Statement(
                            lastStatement.speaker(),
                            lastStatement.text() + " ... " + words,
                            true,
                            new Span(
                                    lastStatement.span().start(),
                                    q.end(),
                                    lastStatement.span().sentence()),
                            lastStatement.date(),
                            List.of());
                    out.set(out.indexOf(lastStatement), merged);
                    lastStatement = merged;
                    lastWasWholeQuote = false;
                } else if (lastSpeaker >= 0 && s.index() - lastSpeakerSentence <= 4) {
                    here.add(new Statement(
                            entities.byId(lastSpeaker),
                            words,
                            true,
                            new Span(q.start(), q.end(), s.index()),
                            null,
                            List.of()));
                }
            }
            here.sort(Comparator.comparingInt(st -> st.span().start()));
            for (Statement st : here) {
                out.add(st);
                lastStatement = st;
                lastWasWholeQuote = st.direct()
                        && startsWithQuote(
                                text,
                                firstNonSpace(
                                        text,
                                        nlp.sentences()
                                                .get(st.span().sentence())
                                                .start()))
                        && text.substring(
                                        st.span().start(),
                                        Math.min(text.length(), st.span().end()))
                                .contains(st.text()
                                        .substring(0, Math.min(10, st.text().length())));
            }
        }
        return dedupe(out);
    }

    // ------------------------------------------------------------------ anchors

    private List<Anchor> anchors(
            Sentence s,
            AnnotatedText nlp,
            ArticleEntities entities,
            List<RoleMention> roleMentions,
            List<Quote> quotes,
            int lastSpeaker,
            Memory mem) {
        List<Anchor> out = new ArrayList<>();
        String text = nlp.text();
        // "the Archbishop of Oslo wrote ..., urging": the post speaks, not the place it is of
        int sentenceSubject =
                mem.unnamedSubjects.contains(s.index()) ? -1 : leadingSubject(s, entities, lastSpeaker, text, mem);
        for (int i = 0; i < s.size(); i++) {
            Token t = s.token(i);
            if (inQuote(quotes, t.start())) {
                continue;
            }
            boolean verb = ("VERB".equals(t.pos())
                                    || "AUX".equals(t.pos()) && t.lemma().equals("say"))
                            && Lexicon.CONTENT_VERBS.contains(speechLemma(t))
                    || misreadSpeechVerb(s, i, entities)
                    || "VERB".equals(t.pos()) && Lexicon.THAT_SPEECH_VERBS.contains(t.lemma()) && thatFollows(s, i);
            boolean according = t.lower().equals("according")
                    && i + 1 < s.size()
                    && s.token(i + 1).lower().equals("to");
            boolean noun = "NOUN".equals(t.pos())
                    && Lexicon.SPEECH_NOUNS.contains(t.lower())
                    && i + 1 < s.size()
                    && s.token(i + 1).lower().equals("that");
            int directiveContent = "VERB".equals(t.pos()) ? directiveContent(s, i) : -1;
            // "argued for a coalition": a phrasal directive wins over the verb's that-clause reading
            // "a resolution calling for a ceasefire": a participle right after a text says what the text does
            boolean nounsParticiple = t.lower().endsWith("ing")
                    && i > 0
                    && Lexicon.DOCUMENT_NOUNS.contains(s.token(i - 1).lower());
            boolean directive = !nounsParticiple && (directiveContent > i + 1 || !verb && directiveContent > i);
            // "said he had watched it and slammed the hearings as a 'disgrace'": a second speech act of the subject
            boolean judging = !verb
                    && !directive
                    && "VERB".equals(t.pos())
                    && Lexicon.JUDGING_VERBS.contains(t.lemma())
                    && i > 1
                    && s.token(i - 1).lower().equals("and")
                    && !out.isEmpty()
                    && quotes.stream().anyMatch(q -> q.start() > t.start() && q.start() < s.end());
            if (judging) {
                Anchor d =
                        directiveAnchor(s, i, i + 1, entities, roleMentions, lastSpeaker, sentenceSubject, text, mem);
                if (d != null) {
                    mem.judgings.add(d);
                    out.add(d);
                }
                continue;
            }
            if (!verb && !directive && participle(s, i) && t.lemma().equals("call")) {
                // "X welcomed the decision, calling it "prudent": the quoted naming is the subject's
                Quote q = quotedComplement(s, i, quotes);
                int speaker = q == null ? -1 : mainSubject(s, i, entities, roleMentions, lastSpeaker, text, mem);
                if (speaker >= 0) {
                    out.add(new Anchor(s.index(), i, speaker, q.start(), q.end(), false, false));
                    continue;
                }
            }
            int named = !verb && !directive ? namingComplement(s, i) : -1;
            if (named > 0) {
                // "The White House called the inquiry a sham": naming something is a judgement on it
                Anchor d =
                        directiveAnchor(s, i, named, entities, roleMentions, lastSpeaker, sentenceSubject, text, mem);
                if (d != null) {
                    mem.directives.add(d);
                    out.add(d);
                }
                continue;
            }
            if (!verb && !according && !noun && !directive) {
                continue;
            }
            if (directive) {
                Anchor d = directiveAnchor(
                        s, i, directiveContent, entities, roleMentions, lastSpeaker, sentenceSubject, text, mem);
                if (d != null) {
                    mem.directives.add(d);
                    out.add(d);
                }
                continue;
            }
            if (according) {
                out.add(accordingTo(s, i, entities, roleMentions, text));
                continue;
            }
            if (noun) {
                int speaker = nounOwner(s, i, entities);
                int cs = s.token(i + 1).end();
                int ce = cutClause(s, i + 2, s.end(), text, entities, true);
                out.add(new Anchor(s.index(), i, speaker, speaker >= 0 ? cs : -1, ce, false, true));
                continue;
            }
            boolean negated = negated(s, i);
            if (participle(s, i)) {
                // "Holmes revealed one of them, saying he recalled it": the clause's subject speaks
                int speaker = out.stream()
                        .filter(a -> a.speaker() >= 0 && !a.noun())
                        .mapToInt(Anchor::speaker)
                        .reduce((a, b) -> b)
                        .orElse(
                                sentenceSubject >= 0
                                        ? sentenceSubject
                                        : mainSubject(s, i, entities, roleMentions, lastSpeaker, text, mem));
                int cs = speaker < 0 ? -1 : rightContentStart(s, i, text, quotes);
                if (speaker >= 0) {
                    out.add(new Anchor(
                            s.index(),
                            i,
                            speaker,
                            cs,
                            cs < 0 ? -1 : cutClause(s, s.tokenAt(cs), s.end(), text, entities, false),
                            negated,
                            false));
                }
                continue;
            }
            int recent = out.isEmpty()
                            || out.get(out.size() - 1).speaker() < 0
                            || out.get(out.size() - 1).noun()
                    ? lastSpeaker
                    : out.get(out.size() - 1).speaker(); // "X said ... something he says ..."
            mem.alsoSpeaking = List.of();
            int[] subj = subjectLeft(s, i, entities, roleMentions, recent, text, mem);
            List<Integer> also = mem.alsoSpeaking;
            mem.alsoSpeaking = List.of();
            if (i >= 3 && relativeSpeech(s, i - 2, entities)) {
                // "he told Li, who responded that ...": the name before the relative pronoun speaks
                subj = new int[] {entities.at(s.index(), i - 3).id(), i - 1};
            }
            int speaker = subj[0];
            boolean inverted = false;
            if (speaker < 0
                    && i > 0
                    && !Lexicon.ADDRESSEE_VERBS.contains(t.lemma())
                    && (s.token(i - 1).text().equals(",")
                            || isQuoteMark(s.token(i - 1).text()))) {
                speaker = subjectRight(s, i, entities, roleMentions, recent, text, mem);
                inverted = speaker >= 0;
            }
            if (speaker < 0
                    && (t.text().endsWith("ing")
                            || (i > 0
                                    && Set.of("and", "but")
                                            .contains(s.token(i - 1).lower())))) {
                speaker = sentenceSubject; // "..., a day after saying that", "... and suggested that"
            }
            if (speaker < 0) {
                int cs =
                        unnamedSpeakerBefore(s, i) ? rightContentStart(s, addressee(s, i, entities), text, quotes) : -1;
                if (cs >= 0) {
                    // "A spokesman for the prime minister said only that the government "thanks X"": what
                    // nobody named said is nobody's, and its quote not the last speaker's
                    Quote q = quoteAt(quotes, cs);
                    int ce = q != null ? q.end() : cutClause(s, s.tokenAt(cs), s.end(), text, entities, false);
                    out.add(new Anchor(s.index(), i, -1, cs, ce, negated, false));
                }
                continue;
            }
            if (sentenceSubject < 0) {
                sentenceSubject = speaker;
            }
            int subjStart = subj[1];
            int right = inverted ? -1 : rightContentStart(s, addressee(s, i, entities), text, quotes);
            // content on the left: "“...,” Doe said" / "X, Doe said" - unless the verb has its own
            // content on the right ("Speaking to reporters, Doe said that ...")
            boolean leftContent = right < 0
                    && (inverted
                            || (subjStart > 0
                                    && (s.token(subjStart - 1).text().equals(",")
                                            || isQuoteMark(
                                                    s.token(subjStart - 1).text()))));
            if (leftContent
                    && !inverted
                    && !startsWithQuote(text, firstNonSpace(text, s.start()))
                    && introPhrase(s, subjStart, i)) {
                leftContent = false;
            }
            if (leftContent) {
                int opening = inverted ? -1 : descriptionBefore(s, subjStart - 1);
                int end = inverted
                        ? s.token(i - 1).start()
                        : s.token(opening >= 0 ? opening : subjStart - 1).start();
                if (isQuoteMark(text.substring(end, end + 1)) && end > 0 && text.charAt(end - 1) == ',') {
                    end--;
                }
                int start = leftStart(s, quotes, text, end);
                start = withLeadSentence(nlp, s, start, text);
                out.add(new Anchor(s.index(), i, speaker, start, end, negated, false));
                continue;
            }
            int cs = right;
            if (cs < 0) {
                out.add(new Anchor(s.index(), i, speaker, -1, -1, negated, false));
                continue;
            }
            Quote q = quoteAt(quotes, cs);
            int ce = q != null ? q.end() : cutClause(s, s.tokenAt(cs), s.end(), text, entities, false);
            if (q == null) {
                for (Quote tail : quotes) {
                    if (tail.start() > cs && tail.start() < ce && tail.end() >= ce - 1) {
                        String before = text.substring(cs, tail.start()).stripTrailing();
                        if (before.matches("(?s).*,\\s*(but|and)$")) {
                            ce = cs + before.replaceAll(",\\s*(but|and)$", "").length();
                        }
                    }
                }
            }
            if (q != null && q.end() < s.end()) {
                // "said the talks were “useful”, and more": the clause goes on after the quote
                int after = cutClause(s, s.tokenAt(q.end()), s.end(), text, entities, false);
                ce = Math.max(q.end(), after);
            }
            out.add(new Anchor(s.index(), i, speaker, cs, ce, negated, false));
            for (int other : also) {
                out.add(new Anchor(s.index(), i, other, cs, ce, negated, false)); // "the parties say"
            }
            for (int partner : coordinatedSubjects(s, subjStart, speaker, entities)) {
                out.add(new Anchor(s.index(), i, partner, cs, ce, negated, false)); // "Berg and Lund said that"
            }
        }
        return splitCoordinated(out, s, text, mem);
    }

    /**
     * "..., Alois Rhiel, its minister for economic affairs added": a person, a comma and a post that
     * runs up to the verb without a closing comma. The token of the person's name, or -1.
     */
    private static int unclosedApposition(Sentence s, int last, ArticleEntities entities) {
        boolean post = false;
        for (int k = last; k > 0 && k >= last - 8; k--) {
            Token t = s.token(k);
            if (t.text().equals(",")) {
                LocalEntity e = entities.at(s.index(), k - 1);
                return post && e != null && e.type() == EntityType.PERSON ? k - 1 : -1;
            }
            if ("VERB".equals(t.pos())
                    || "AUX".equals(t.pos())
                    || "PUNCT".equals(t.pos())
                    || entities.at(s.index(), k) != null
                            && entities.at(s.index(), k).type() == EntityType.PERSON) {
                return -1;
            }
            post |= Lexicon.isRoleHead(t.lower());
        }
        return -1;
    }

    /**
     * The verb's lemma, or the lemma its ending gives where the lemmatiser left the word as it is
     * ("alleging" for "alleging"): "The union is alleging that ...".
     */
    static String speechLemma(Token t) {
        String lemma = t.lemma();
        if (Lexicon.CONTENT_VERBS.contains(lemma) || !lemma.equals(t.lower())) {
            return lemma;
        }
        String w = t.lower();
        for (String stem : w.endsWith("ing")
                ? List.of(w.substring(0, w.length() - 3), w.substring(0, w.length() - 3) + "e")
                : w.endsWith("ed")
                        ? List.of(w.substring(0, w.length() - 2), w.substring(0, w.length() - 1))
                        : w.endsWith("s") ? List.of(w.substring(0, w.length() - 1)) : List.<String>of()) {
            if (Lexicon.CONTENT_VERBS.contains(stem)) {
                return stem;
            }
        }
        return lemma;
    }

    /**
     * A speech verb the tagger read as a noun between a named subject and "that": "The Democrats
     * allege/NOUN that ..."; not "the claim that" nor "Doe's claim that".
     */
    private static boolean misreadSpeechVerb(Sentence s, int i, ArticleEntities entities) {
        Token t = s.token(i);
        return "NOUN".equals(t.pos())
                && Lexicon.CONTENT_VERBS.contains(t.lower())
                && i > 0
                && i + 1 < s.size()
                && s.token(i + 1).lower().equals("that")
                && (entities.at(s.index(), i - 1) != null
                        || "PRON".equals(s.token(i - 1).pos())
                                && !s.token(i - 1).lower().matches("his|her|its|their|our|my|your"));
    }

    /**
     * A that-clause right after the verb or after where it was said: "posted on X that Poland ...";
     * not "posted a loss that was bigger than expected" (an object and its relative clause).
     */
    private static boolean thatFollows(Sentence s, int verb) {
        if (verb + 2 >= s.size()
                || !(s.token(verb + 1).lower().equals("that")
                        || "ADP".equals(s.token(verb + 1).pos()))) {
            return false;
        }
        for (int k = verb + 1; k + 1 < s.size() && k <= verb + 7; k++) {
            Token t = s.token(k);
            if (t.lower().equals("that")) {
                return !Set.of("VERB", "AUX").contains(s.token(k + 1).pos());
            }
            if ("VERB".equals(t.pos())
                    || "AUX".equals(t.pos())
                    || Set.of(".", ";", ",").contains(t.text())) {
                return false;
            }
        }
        return false;
    }

    /** A speech verb's participle opening a clause after a comma: ", saying ...", ", adding that ...". */
    private static boolean participle(Sentence s, int i) {
        return i > 1
                && s.token(i).lower().endsWith("ing")
                && s.token(i - 1).text().equals(",");
    }

    /** The subject of the sentence's first verb before token {@code before}. */
    private int mainSubject(
            Sentence s,
            int before,
            ArticleEntities entities,
            List<RoleMention> roleMentions,
            int lastSpeaker,
            String text,
            Memory mem) {
        for (int j = 1; j < before; j++) {
            if ("VERB".equals(s.token(j).pos())
                    && !s.token(j).lower().endsWith("ing")
                    && entities.at(s.index(), j) == null) { // a name the tagger reads as a verb is still a name
                return subjectLeft(s, j, entities, roleMentions, lastSpeaker, text, mem)[0];
            }
        }
        return -1;
    }

    /**
     * The subject of the nearest finite verb before token {@code before}: "a week after the
     * authorities sought to arrest him, accusing him of ..." is the authorities' accusation.
     */
    private int clauseSubject(
            Sentence s,
            int before,
            ArticleEntities entities,
            List<RoleMention> roleMentions,
            int lastSpeaker,
            String text,
            Memory mem) {
        for (int j = before - 1; j > 0; j--) {
            Token t = s.token(j);
            if ("VERB".equals(t.pos())
                    && !t.lower().endsWith("ing")
                    && !s.token(j - 1).lower().equals("to")
                    && entities.at(s.index(), j) == null) {
                return subjectLeft(s, j, entities, roleMentions, lastSpeaker, text, mem)[0];
            }
        }
        return -1;
    }

    /**
     * Whether the words before the subject are an introductory phrase ("Speaking to reporters,",
     * "Asked about X,", "On Thursday,") rather than reported content.
     */
    private static boolean introPhrase(Sentence s, int subjStart, int verb) {
        int f = 0;
        while (f + 1 < subjStart && Set.of("CCONJ", "ADV").contains(s.token(f).pos())) {
            f++; // "But challenged on the remark, he denied ..."
        }
        Token first = s.token(f);
        if (f > 0 && "VERB".equals(first.pos()) && !first.lower().matches(".*(ed|ing)")) {
            return false; // "But trust in the plan would be an issue, he said": a noun the tagger took for a verb
        }
        if ("VERB".equals(first.pos())
                || "ADP".equals(first.pos()) && !first.lower().equals("unlike")) {
            return true;
        }
        int words = 0;
        boolean finite = false;
        for (int k = 0; k < subjStart; k++) {
            Token t = s.token(k);
            if (!"PUNCT".equals(t.pos())) {
                words++;
            }
            // "The yen is too strong, Jane Doe said": a short clause is still content; "Last week, X said"
            // has no verb of its own
            finite |= ("AUX".equals(t.pos()) || "VERB".equals(t.pos()))
                    && !t.isCapitalised()
                    && !t.lower().endsWith("ing");
        }
        return words < 6 && (!finite || aside(s, verb));
    }

    /**
     * A speech act set off inside the sentence, whose content goes on after it: "That might, he
     * suggests, lead to ...". What stands before it is no whole statement.
     */
    private static boolean aside(Sentence s, int verb) {
        for (int k = verb + 1; k < s.size(); k++) {
            if ("PUNCT".equals(s.token(k).pos())) {
                return s.token(k).text().equals(",") && k + 2 < s.size();
            }
        }
        return false;
    }

    /** When it was said: a date next to the reporting verb, outside the reported words. */
    private static String attributionDate(Sentence s, Anchor a, List<Quote> quotes, DateResolver dates) {
        int from = Math.max(0, a.verb() - 3);
        int to = Math.min(s.size(), a.verb() + 7);
        for (int k = from; k < to; k++) {
            int off = s.token(k).start();
            if (inQuote(quotes, off) || (off >= a.contentStart() && off < a.contentEnd())) {
                if (k > a.verb()) {
                    to = k;
                    break;
                }
                from = k + 1;
            }
        }
        return from < to ? dates.find(s, from, to) : null;
    }

    /** The subject a sentence opens with: "He also dismissed ... and suggested ...". */
    private static int leadingSubject(Sentence s, ArticleEntities entities, int lastSpeaker, String text, Memory mem) {
        int limit = Math.min(4, s.size());
        for (int k = 0; k < limit; k++) {
            Token t = s.token(k);
            LocalEntity e = entities.at(s.index(), k);
            if (e != null && e.type() != EntityType.PERSON) {
                var m = entities.mentionAt(s.index(), k);
                int after = m.last() + 1;
                if (after < s.size() && Lexicon.isRoleWord(s.token(after).lower())) {
                    k = after - 1; // "Lib Dem chairman Jane Doe ...": the institution qualifies the post
                    continue;
                }
            }
            if (e != null) {
                var m = entities.mentionAt(s.index(), k);
                boolean possessive = m.last() + 1 < s.size()
                        && Set.of("’s", "'s").contains(s.token(m.last() + 1).lower());
                return possessive ? -1 : e.id();
            }
            if (PRONOUNS.contains(t.lower())) {
                int previous = k == 0 && !t.lower().equals("they") ? openingPerson(entities, s.index() - 1, mem) : -1;
                return previous >= 0 ? previous : lastSpeaker;
            }
            if (t.text().equals(".")
                    && k > 0
                    && Lexicon.HONORIFICS.contains(s.token(k - 1).lower() + ".")) {
                limit = Math.min(limit + 1, s.size()); // "Sen. Jane Doe", the abbreviation's stop cut off
                continue;
            }
            if (!("DET".equals(t.pos())
                    || "ADJ".equals(t.pos())
                    || "PROPN".equals(t.pos())
                    || "NOUN".equals(t.pos()))) {
                return -1;
            }
            if (Lexicon.isRoleWord(t.lower()) && k == limit - 1 && limit < Math.min(8, s.size())) {
                limit++; // a longer title: "Lib Dem party chairman Jane Doe"
            }
        }
        return -1;
    }

    private static boolean hasVerb(Sentence s, int from, int to) {
        for (Token t : s.tokens()) {
            if (t.start() >= from && t.end() <= to && ("VERB".equals(t.pos()) || "AUX".equals(t.pos()))) {
                return true;
            }
        }
        return false;
    }

    /** "... that X, and suggested that Y": the first clause ends where the next anchor's begins. */
    private List<Anchor> splitCoordinated(List<Anchor> anchors, Sentence s, String text, Memory mem) {
        List<Anchor> out = new ArrayList<>();
        for (int k = 0; k < anchors.size(); k++) {
            Anchor a = anchors.get(k);
            if (mem.directives.contains(a) && insideOtherContent(anchors, a, s, mem)) {
                continue; // "a report that Russia had demanded ...": part of what the report says
            }
            int end = a.contentEnd();
            for (int j = k + 1; j < anchors.size(); j++) {
                Anchor b = anchors.get(j);
                int verbStart = s.token(b.verb()).start();
                if (a.contentStart() >= 0
                        && verbStart > a.contentStart()
                        && verbStart < end
                        && !b.noun()
                        && b.speaker() >= 0
                        && b.contentStart() > verbStart
                        && !mem.directives.contains(b)
                        && (hasVerb(s, b.contentStart(), b.contentEnd())
                                || startsWithQuote(text, b.contentStart())
                                || mem.judgings.contains(b))) {
                    // "saying he recalled it": a verb without a clause of its own reports nothing
                    int cut = verbStart;
                    int ti = b.verb() - 1;
                    while (ti >= 0
                            && Set.of(
                                            "and", "also", ",", "but", "while", "after", "before", "a", "day", "week",
                                            "then", "later")
                                    .contains(s.token(ti).lower())) {
                        cut = s.token(ti).start();
                        ti--;
                    }
                    if (cut > a.contentStart()) {
                        end = cut;
                    }
                    break;
                }
            }
            out.add(new Anchor(a.sentence(), a.verb(), a.speaker(), a.contentStart(), end, a.negated(), a.noun()));
        }
        return out;
    }

    /**
     * The speaker of a short quote that is the object of a verb of judging, naming or asking in its
     * clause ("described the call as 'improper'", "calling the issue a 'red line'", "asked for
     * 'normal trade'"): the subject of that verb, or -1.
     */
    private int judgingSpeaker(
            Sentence s,
            Quote q,
            ArticleEntities entities,
            List<RoleMention> roleMentions,
            int lastSpeaker,
            String text,
            Memory mem) {
        int first = s.tokenAt(q.start());
        if (first < 0) {
            return -1;
        }
        boolean as = false;
        for (int k = first - 1; k >= 0 && k >= first - 24; k--) {
            Token t = s.token(k);
            if (Set.of(".", ";", ":").contains(t.text()) || isQuoteMark(t.text())) {
                return -1;
            }
            as |= t.lower().equals("as");
            if (k < first - 10 && !as) {
                return -1; // far from its verb only as the complement of "hailed the deal ... as"
            }
            if ("VERB".equals(t.pos()) && Lexicon.JUDGING_VERBS.contains(t.lemma())) {
                int speaker = subjectLeft(s, k, entities, roleMentions, lastSpeaker, text, mem)[0];
                if (speaker < 0 && k > 1 && s.token(k - 1).lower().equals("who")) {
                    LocalEntity e = entities.at(s.index(), s.token(k - 2).text().equals(",") ? k - 3 : k - 2);
                    speaker = e != null ? e.id() : -1;
                }
                if (speaker < 0 && k > 1 && s.token(k - 1).lower().equals("and")) {
                    // "Trump said he had watched it and slammed the hearings as a 'disgrace'"
                    speaker = mainSubject(s, k, entities, roleMentions, lastSpeaker, text, mem);
                }
                return speaker;
            }
        }
        return -1;
    }

    /** The other person of "X and Y said": the name before "and" when the subject starts right after it; else -1. */
    /**
     * The others of a coordinated subject: "Berg and Lund said that", "The US, Japan and Australia
     * said they would ..." - names of the speaker's kind (persons with a person; places and
     * organisations with either) joined by "and" and commas; empty when there are none.
     */
    private static List<Integer> coordinatedSubjects(Sentence s, int subjStart, int speaker, ArticleEntities entities) {
        if (subjStart < 2 || !s.token(subjStart - 1).lower().equals("and") || speaker < 0) {
            return List.of();
        }
        boolean person = entities.byId(speaker).type() == EntityType.PERSON;
        List<Integer> out = new ArrayList<>();
        int k = subjStart - 2;
        while (true) {
            LocalEntity e = entities.at(s.index(), k);
            if (e == null || e.id() == speaker || out.contains(e.id()) || (e.type() == EntityType.PERSON) != person) {
                return List.of(); // "the leader of the A and B Union", a person and a place: no list of speakers
            }
            int first = entities.mentionAt(s.index(), k).first();
            int before = first > 0 && s.token(first - 1).lower().equals("the") ? first - 1 : first;
            out.add(e.id());
            if (before > 1 && s.token(before - 1).text().equals(",") && entities.at(s.index(), before - 2) != null) {
                k = before - 2; // "The US, Japan and Australia": one more of the list
                continue;
            }
            return checkedOpening(s, first, out, entities, person);
        }
    }

    /**
     * The list must open the clause: at the sentence start, after a comma or quote or "both"; a list
     * of persons also after a post or a capitalised word ("Presidents A and B"). "The MP for A and B
     * said" and "the leader of the A and B Union said" are no joint speakers.
     */
    private static List<Integer> checkedOpening(
            Sentence s, int first, List<Integer> found, ArticleEntities entities, boolean person) {
        int open = !person && first > 0 && s.token(first - 1).lower().equals("the") ? first - 1 : first;
        boolean opens = open == 0
                || Set.of(",", "“", "\"", "both").contains(s.token(open - 1).lower())
                || person
                        && (Lexicon.isRoleWord(s.token(open - 1).lower())
                                || s.token(open - 1).isCapitalised());
        return opens ? found : List.of();
    }

    /** ", who responded that": a relative clause whose verb is a speech act of the name before the comma. */
    private static boolean relativeSpeech(Sentence s, int comma, ArticleEntities entities) {
        return comma > 0
                && comma + 2 < s.size()
                && s.token(comma).text().equals(",")
                && s.token(comma + 1).lower().equals("who")
                && entities.at(s.index(), comma - 1) != null
                && "VERB".equals(s.token(comma + 2).pos())
                && Lexicon.CONTENT_VERBS.contains(s.token(comma + 2).lemma());
    }

    private static boolean insideOtherContent(List<Anchor> anchors, Anchor a, Sentence s, Memory mem) {
        int at = s.token(a.verb()).start();
        for (Anchor b : anchors) {
            if (b != a
                    && !mem.directives.contains(b)
                    && b.contentStart() >= 0
                    && at >= b.contentStart()
                    && at < b.contentEnd()) {
                return true;
            }
        }
        return false;
    }

    private Anchor accordingTo(
            Sentence s, int i, ArticleEntities entities, List<RoleMention> roleMentions, String text) {
        int speaker = -1;
        int k = i + 2;
        for (; k < s.size() && k <= i + 9; k++) {
            if (k > i + 6
                    && entities.at(s.index(), k) == null
                    && !PUBLISHED.contains(s.token(k - 1).lower())) {
                break;
            }
            if ("VERB".equals(s.token(k).pos())
                    && PUBLISHED.contains(s.token(k).lower())
                    && !otherSpeechVerb(s, i)
                    && k + 1 < s.size()
                    && Set.of("by", "at", "from").contains(s.token(k + 1).lower())) {
                k++; // "according to figures published by the Ruritanian statistics office": the office
                continue;
            }
            if ("PUNCT".equals(s.token(k).pos()) || "VERB".equals(s.token(k).pos())) {
                break; // "according to SPA, referring to Saudi Arabia's ...": the source ends at the comma
            }
            LocalEntity e = entities.at(s.index(), k);
            if (e != null) {
                int p = k > 0 && s.token(k - 1).lower().equals("the") ? k - 2 : k - 1;
                if (p > 0
                        && Set.of("by", "in", "from").contains(s.token(p).lower())
                        && Lexicon.SPEECH_NOUNS.contains(s.token(p - 1).lower())
                        && otherSpeechVerb(s, i)) {
                    break; // "..., he said, according to a report by The Guardian": the paper relays him
                }
                speaker = e.id();
                k = entities.mentionAt(s.index(), k).last() + 1;
                for (LocalEntity o : entities.allAt(s.index(), k - 1)) {
                    int last = lastTokenOf(o, s.index(), k - 1);
                    if (last >= k) {
                        speaker = o.id(); // "according to a statement from Mr Reed's office": the office
                        k = last + 1;
                    }
                }
                break;
            }
        }
        if (speaker < 0) {
            return new Anchor(s.index(), i, -1, -1, -1, false, false);
        }
        if (i > 0
                && s.token(i - 1).text().equals(",")
                && k + 3 < s.size()
                && s.token(k).text().equals(",")
                && speechVerbAfter(s, k)) {
            // "X promised ..., and, according to Reuters, once told analysts that ...": the source relays X
            return new Anchor(s.index(), i, -1, -1, -1, false, false);
        }
        if (i > 0
                && s.token(i - 1).text().equals(",")
                && k + 3 < s.size()
                && s.token(k).text().equals(",")) {
            // "The world, according to Li Wen, is facing a choice ...": the source is an aside in the content
            return new Anchor(
                    s.index(),
                    i,
                    speaker,
                    firstNonSpace(text, s.start()),
                    trimEnd(text, s.start(), s.end()),
                    false,
                    false);
        }
        if (i > 0 && s.token(i - 1).text().equals(",")) {
            int end = s.token(i - 1).start();
            return new Anchor(s.index(), i, speaker, firstNonSpace(text, s.start()), end, false, false);
        }
        if (k < s.size() && s.token(k).text().equals(",")) {
            return new Anchor(s.index(), i, speaker, s.token(k).end(), s.end(), false, false);
        }
        return new Anchor(s.index(), i, speaker, -1, -1, false, false);
    }

    private static boolean isPossessiveMark(Token t) {
        return t.lower().equals("'s") || t.lower().equals("’s");
    }

    /** The quote mark closing the one at {@code open} within a title's length, or -1. */
    private static int closingQuote(Sentence s, int open) {
        for (int j = open + 1; j < s.size() && j <= open + 8; j++) {
            if (isQuoteMark(s.token(j).text())) {
                return j;
            }
        }
        return -1;
    }

    /**
     * "..., his spokesman, Tom Reed, said": the comma opening a description of the speaker set off
     * before the name whose comma is at {@code comma}; its index, or -1.
     */
    private static int descriptionBefore(Sentence s, int comma) {
        boolean head = false;
        for (int j = comma - 1; j > 0 && j >= comma - 6; j--) {
            Token x = s.token(j);
            if (x.text().equals(",")) {
                return head && j < comma - 1 ? j : -1;
            }
            head |= Lexicon.isRoleHead(x.lower()) || Lexicon.SPOKESPERSONS.contains(x.lower());
            boolean describing = Lexicon.isRoleWord(x.lower())
                    || Lexicon.SPOKESPERSONS.contains(x.lower())
                    || Set.of("his", "her", "their", "its", "the", "a", "an").contains(x.lower())
                    || "ADJ".equals(x.pos());
            if (!describing) {
                return -1;
            }
        }
        return -1;
    }

    /** The last token of the entity's mention in sentence {@code sentence} that covers token {@code token}, or -1. */
    private static int lastTokenOf(LocalEntity e, int sentence, int token) {
        for (var m : e.mentions()) {
            if (m.sentence() == sentence && m.first() <= token && token <= m.last()) {
                return m.last();
            }
        }
        return -1;
    }

    /**
     * Whether a speech verb comes before "according" at {@code i}: in "..., Reed told Lee, according
     * to a readout published by ..." the publisher is not who spoke.
     */
    private static boolean speechVerbAfter(Sentence s, int from) {
        for (int k = from; k < s.size(); k++) {
            if ("VERB".equals(s.token(k).pos())
                    && Lexicon.CONTENT_VERBS.contains(s.token(k).lemma())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the sentence reports someone's speech act before "according" at {@code i}, which the
     * source then only relays: "..., he said, according to a report by The Guardian", "“...,” Li Wen told
     * Lee during a meeting on Wednesday, according to a readout published by ...". A speech verb of
     * the content's own ("The leaders agreed to meet again, according to a statement from the
     * presidency") has no named or pronoun subject, and is not right before the source.
     */
    private static boolean otherSpeechVerb(Sentence s, int i) {
        for (int k = 0; k < i; k++) {
            Token t = s.token(k);
            if (!"VERB".equals(t.pos()) || !Lexicon.CONTENT_VERBS.contains(t.lemma())) {
                continue;
            }
            String before = k > 0 ? s.token(k - 1).pos() : "";
            if (i - k <= 4 || before.equals("PROPN") || before.equals("PRON")) {
                return true;
            }
        }
        return false;
    }

    private static boolean negated(Sentence s, int verb) {
        for (int k = verb - 1; k >= 0 && k >= verb - 4; k--) {
            String w = s.token(k).lower();
            if (NEGATIONS.contains(w)) {
                return true;
            }
            if (w.equals(",") || entitiesBoundary(w)) {
                break;
            }
        }
        return false;
    }

    private static boolean entitiesBoundary(String w) {
        return w.equals(".") || w.equals(";");
    }

    /** [speaker id, first token of the subject] for the subject left of a verb; -1 when none. */
    private int[] subjectLeft(
            Sentence s,
            int verb,
            ArticleEntities entities,
            List<RoleMention> roleMentions,
            int lastSpeaker,
            String text,
            Memory mem) {
        int k = verb - 1;
        if (k > 0 && Set.of("-", "–", "—").contains(s.token(k).text())) {
            // "Gerry Conlon - who was wrongly convicted - said": skip the aside
            String dash = s.token(k).text();
            for (int j = k - 1; j > 0; j--) {
                if (s.token(j).text().equals(dash)) {
                    k = j - 1;
                    break;
                }
            }
        }
        if (k > 1
                && s.token(k).text().equals(",")
                && Lexicon.isRoleHead(s.token(k - 1).lower())
                && !s.token(k - 1).isCapitalised()
                && asideStart(s, k, entities) <= 0) {
            k--; // "India's finance minister, lashed out at": a stray comma between subject and verb
        }
        if (k > 2 && s.token(k).text().equals(")")) {
            // "The International Labour Organisation (ILO) said": the bracket glosses the subject
            for (int j = k - 1; j > 0 && j >= k - 6; j--) {
                if (s.token(j).text().equals("(")) {
                    k = j - 1;
                    break;
                }
            }
        }
        while (k >= 0) {
            Token t = s.token(k);
            if (Lexicon.SKIP_BEFORE_VERB.contains(t.lower())
                    || "ADV".equals(t.pos())
                    || ("AUX".equals(t.pos()))
                    || Lexicon.WEEKDAYS.contains(t.lower())) {
                k--;
                continue;
            }
            if (t.lower().equals("as")
                    && k > 0
                    && QUOTED.contains(s.token(k - 1).lower())) {
                k -= 2; // "Wang was quoted as saying": the subject of the passive speaks
                continue;
            }
            if (PERCEIVED.contains(t.lower())
                    && k > 0
                    && "AUX".equals(s.token(k - 1).pos())) {
                k--; // "Smith was heard saying": the subject of the passive speaks
                continue;
            }
            if (Set.of("on", "last", "this", "next").contains(t.lower())
                    && k + 1 < verb
                    && Lexicon.isDateWord(s.token(k + 1).text())) {
                k--; // "Mr Hilton on Tuesday said": the weekday was skipped, now its preposition
                continue;
            }
            break;
        }
        if (k < 0) {
            return new int[] {-1, -1};
        }
        int apposed = unclosedApposition(s, k, entities);
        if (apposed >= 0) {
            LocalEntity e = entities.at(s.index(), apposed);
            return new int[] {e.id(), entities.mentionAt(s.index(), apposed).first()};
        }
        if (s.token(k).text().equals(",") && k > 1) {
            LocalEntity named = entities.at(s.index(), k - 1);
            if (named != null && named.type() == EntityType.PERSON) {
                int first = titleStart(s, entities.mentionAt(s.index(), k - 1).first(), entities);
                if (first > 1 && s.token(first - 1).text().equals(",")) {
                    // "A spokesperson for Acme, Jane Doe, told": the name set off by commas speaks
                    return new int[] {named.id(), first};
                }
            }
        }
        if (s.token(k).text().equals(",")) {
            int open = asideStart(s, k, entities);
            if (open > 0) {
                // "Jane Doe, a board member of the bank, said" / "The minister, who ..., told":
                // the subject stands before the aside
                int[] before = subjectLeft(s, open, entities, roleMentions, lastSpeaker, text, mem);
                if (before[0] >= 0) {
                    return before;
                }
            }
        }
        if (s.token(k).text().equals(",")
                && k > 0
                && entities.at(s.index(), k - 1) != null
                && entities.mentionAt(s.index(), k - 1).first() > 0) {
            int before = entities.mentionAt(s.index(), k - 1).first() - 1;
            if (before > 0 && s.token(before).lower().equals("the")) {
                before--;
            }
            if (before >= 0 && s.token(before).text().equals(",")) {
                k--; // "Her deputy, Rui Lopes, said", "the state-run tabloid, the Global Times, said": the name speaks
            }
        }
        if ((mem.unnamedSubjects.contains(s.index())
                        || entities.at(s.index(), k) != null
                                && entities.at(s.index(), k).type() == EntityType.LOCATION)
                && entities.at(s.index(), k) != null
                && entities.at(s.index(), k).type() != EntityType.PERSON
                && entities.mentionAt(s.index(), k).first() >= 2
                && s.token(entities.mentionAt(s.index(), k).first() - 1).lower().equals("of")
                && Lexicon.isRoleHead(
                        s.token(entities.mentionAt(s.index(), k).first() - 2).lower())) {
            // "the Archbishop of Oslo wrote", "the Mayor of Oslo would say": the post speaks, not the place
            return new int[] {-1, -1};
        }
        Token t = s.token(k);
        LocalEntity e = entities.at(s.index(), k);
        if (e != null) {
            int first = entities.mentionAt(s.index(), k).first();
            int prep = first > 1 && s.token(first - 1).lower().equals("the") ? first - 2 : first - 1;
            if (prep > 0
                    && e.type() != EntityType.PERSON
                    && SPOKES_PREPOSITIONS.contains(s.token(prep).lower())
                    && Lexicon.SPOKESPERSONS.contains(s.token(prep - 1).lower())) {
                mem.spokesOrg = e.id(); // "a spokesman for the Information Office said": the office
                return new int[] {e.id(), prep - 1};
            }
            if (first > 0
                    && "ADP".equals(s.token(first - 1).pos())
                    && !s.token(first - 1).lower().equals("of")
                    // "The talks come after Tom Reed warned that": a conjunction the tagger read as a preposition
                    && !Set.of("after", "before", "since", "until", "as", "because", "while", "once")
                            .contains(s.token(first - 1).lower())) {
                return new int[] {-1, -1}; // "the office in Oslo said": Oslo is not who speaks
            }
            return new int[] {e.id(), subjectStart(s, first, entities)};
        }
        if (PRONOUNS.contains(t.lower())) {
            return new int[] {pronoun(s, k, entities, lastSpeaker, text, mem), k};
        }
        boolean opensSentence = k == 0
                || k == 1 && Set.of("PUNCT", "CCONJ", "ADV").contains(s.token(0).pos());
        boolean postposed = k > 0 && s.token(k - 1).text().equals(",") && k + 1 == verb;
        if (t.lower().equals("it") && (opensSentence || postposed)) {
            // (not "it" inside what someone said: "Acme said it had agreed a takeover")
            // "Acme will cut 5,000 jobs, it said", "Acme reported a loss. It said ...": the institution the
            // sentence, or the one before, opens with
            int org = openingInstitution(entities, s.index(), k, mem);
            if (org < 0 && s.index() > 0) {
                org = openingInstitution(entities, s.index() - 1, Integer.MAX_VALUE, mem);
            }
            return new int[] {org, k};
        }
        if (k > 0
                && Set.of("headquarters", "hq").contains(t.lower())
                && entities.at(s.index(), k - 1) != null
                && entities.at(s.index(), k - 1).type() == EntityType.ORGANIZATION) {
            // "Tory headquarters says": the organisation speaks from its headquarters
            LocalEntity org = entities.at(s.index(), k - 1);
            return new int[] {org.id(), entities.mentionAt(s.index(), k - 1).first()};
        }
        if (k > 0
                && Set.of("the", "both", "two").contains(s.token(k - 1).lower())
                && Lexicon.GENERIC_ORG_NOUNS.contains(singular(t.lower()))
                && !singular(t.lower()).equals(t.lower())) {
            // "Acme and Bolt ... The two companies said": each of the organisations named together
            List<Integer> orgs = coordinatedOrganisations(entities, s, t.start(), mem);
            if (orgs.size() >= 2) {
                mem.alsoSpeaking = orgs.subList(1, orgs.size());
                int start = s.token(k - 1).lower().equals("two") && k > 1 ? k - 2 : k - 1;
                return new int[] {orgs.get(0), start};
            }
        }
        if (k > 0
                && Lexicon.GENERIC_ORG_NOUNS.contains(t.lower())
                && s.token(k - 1).lower().equals("the")) {
            // "ASML ... but the company said", "the exchange said": the organisation the text named last
            return new int[] {recentOrganisation(entities, s, t.start(), null, lastSpeaker, text, mem), k - 1};
        }
        if (k > 1
                && Lexicon.GENERIC_ORG_NOUNS.contains(t.lower())
                && s.token(k - 2).lower().equals("the")
                && s.token(k - 1).isCapitalised()
                && gazetteer.countryOf(s.token(k - 1).text()) != null) {
            // "the Ruritanian exchange said": the organisation named last that no place of another country names
            String country = gazetteer.countryOf(s.token(k - 1).text());
            return new int[] {recentOrganisation(entities, s, t.start(), country, lastSpeaker, text, mem), k - 2};
        }
        if (k > 0
                && Lexicon.INSTITUTION_HEADS.contains(t.lower())
                && s.token(k - 1).lower().equals("the")) {
            // "Japan's trade ministry said ... The ministry said": the institution of that kind named last
            int described = recentInstitution(entities, t.lower(), t.start());
            if (described >= 0) {
                return new int[] {described, k - 1};
            }
        }
        if (Lexicon.SPOKESPERSONS.contains(t.lower())) {
            int[] owner = spokespersonsOwner(s, k, entities, roleMentions);
            if (owner[0] >= 0) {
                return owner;
            }
        }
        if (Lexicon.isRoleHead(t.lower()) || Lexicon.SPOKESPERSONS.contains(t.lower())) {
            int start = k;
            while (start > 0
                    && (Lexicon.isRoleWord(s.token(start - 1).lower())
                            || Lexicon.INSTITUTION_HEADS.contains(
                                    s.token(start - 1).text()) // "a ministry spokesman"
                            || entities.at(s.index(), start - 1) != null
                            || s.token(start - 1).isCapitalised()
                                    && !Set.of("the", "a")
                                            .contains(s.token(start - 1).lower()))) {
                start--;
            }
            if (start > 0
                    && Set.of("the", "his", "her", "their", "our")
                            .contains(s.token(start - 1).lower())) {
                start--;
            }
            for (RoleFinder.RolePhrase p : roles.definiteRolePhrases(s, entities)) {
                if (p.endToken() == k) {
                    int holder = RoleFinder.holder(p.head(), p.country(), p.org(), roleMentions, entities);
                    if (holder >= 0) {
                        return new int[] {holder, p.startToken()};
                    }
                    if (p.org() != null && !Lexicon.SPOKESPERSONS.contains(t.lower())) {
                        return new int[] {-1, -1};
                    }
                }
            }
            int institution = spokespersonsInstitution(s, start, k, entities, mem);
            if (institution >= 0) {
                return new int[] {institution, start};
            }
        }
        return new int[] {-1, -1};
    }

    /**
     * The organisation "the company" refers back to: of those mentioned before {@code offset}, within
     * the sentence and the two before it (one for "the Ruritanian company"), the one that spoke last,
     * else the one mentioned last; -1 if none. With a {@code country}, an organisation placed in
     * another ("India's Acme", "Tokyo Stock Exchange") is not it.
     */
    private int recentOrganisation(
            ArticleEntities entities,
            Sentence s,
            int offset,
            String country,
            int lastSpeaker,
            String text,
            Memory mem) {
        int best = -1;
        int bestStart = -1;
        boolean speakerNear = false;
        for (LocalEntity e : entities.ofType(EntityType.ORGANIZATION)) {
            if (Character.isLowerCase(e.name().charAt(e.name().lastIndexOf(' ') + 1))) {
                continue; // "the German government" is no company
            }
            if (country != null
                    && (placedElsewhere(e.name(), country)
                            || gazetteer.typesOf(e.name()).contains(EntityType.LOCATION))) {
                continue; // "the German exchange" is not the Tokyo Stock Exchange, nor a stadium named for its town
            }
            for (var m : e.mentions()) {
                if (m.start() >= offset || m.sentence() < s.index() - (country != null ? 1 : 2)) {
                    continue;
                }
                if (country != null && ownedElsewhere(text, m.start(), country)) {
                    continue;
                }
                Sentence ms = mem.sentences.get(m.sentence());
                if (country != null
                        && m.last() + 1 < ms.size()
                        && "NOUN".equals(ms.token(m.last() + 1).pos())
                        && !ms.token(m.last() + 1).isCapitalised()) {
                    continue; // "the new Wembley stadium": a name as a modifier is not what "the firm" means
                }
                speakerNear |= e.id() == lastSpeaker;
                if (m.start() > bestStart) {
                    best = e.id();
                    bestStart = m.start();
                }
            }
        }
        return speakerNear ? lastSpeaker : best;
    }

    /**
     * The organisation named before {@code offset} whose name ends in the head noun ("Kenya's foreign
     * ministry" for "the ministry"), the one mentioned last; -1 when the article names none.
     */
    private static int recentInstitution(ArticleEntities entities, String head, int offset) {
        int best = -1;
        int bestStart = -1;
        for (LocalEntity e : entities.ofType(EntityType.ORGANIZATION)) {
            String name = e.name().toLowerCase(java.util.Locale.ROOT);
            // "Norway's foreign ministry", "the Department for Roads": the head ends or begins the name
            if (!name.endsWith(" " + head) && !name.matches(Pattern.quote(head) + " (of|for) .*")) {
                continue;
            }
            for (var m : e.mentions()) {
                if (m.start() < offset && m.start() > bestStart) {
                    best = e.id();
                    bestStart = m.start();
                }
            }
        }
        return best;
    }

    private static final Pattern OWNER_BEFORE = Pattern.compile("(\\p{Lu}[\\p{L}.-]*)(?:'s|’s)?\\s+$");

    /** Whether the words right before a mention place it in another country: "India's Acme", "the Indian Acme". */
    private boolean ownedElsewhere(String text, int start, String country) {
        var m = OWNER_BEFORE.matcher(text.substring(Math.max(0, start - 40), start));
        if (!m.find()) {
            return false;
        }
        String c = gazetteer.countryOfPlace(m.group(1));
        return c != null && !c.equals(country);
    }

    private static String singular(String plural) {
        if (plural.endsWith("ies")) {
            return plural.substring(0, plural.length() - 3) + "y";
        }
        return plural.endsWith("s") ? plural.substring(0, plural.length() - 1) : plural;
    }

    /**
     * The organisations named together ("Acme and Bolt", "Labour and the Conservatives") last before
     * {@code offset}, in this sentence or the two before it; empty if none.
     */
    private static List<Integer> coordinatedOrganisations(
            ArticleEntities entities, Sentence s, int offset, Memory mem) {
        for (int si = s.index(); si >= 0 && si >= s.index() - 2; si--) {
            Sentence x = mem.sentences.get(si);
            List<Integer> found = new ArrayList<>();
            for (int k = x.size() - 1; k >= 0; k--) {
                if (x.token(k).start() >= offset) {
                    continue;
                }
                LocalEntity e = entities.at(si, k);
                if (e == null || e.type() != EntityType.ORGANIZATION) {
                    continue;
                }
                int first = entities.mentionAt(si, k).first();
                int before = first > 0 && x.token(first - 1).lower().equals("the") ? first - 2 : first - 1;
                if (found.isEmpty() && before >= 0 && x.token(before).lower().equals("and")) {
                    found.add(e.id()); // the second of "A and B"
                } else if (!found.isEmpty()
                        && first + (entities.mentionAt(si, k).last() - first) + 1 < x.size()) {
                    int after = entities.mentionAt(si, k).last() + 1;
                    if (x.token(after).lower().equals("and")
                            || x.token(after).text().equals(",")) {
                        if (!found.contains(e.id())) {
                            found.add(0, e.id());
                        }
                        if (x.token(after).lower().equals("and")
                                || before < 0
                                || !x.token(before).text().equals(",")) {
                            return found;
                        }
                    }
                }
                k = first;
            }
        }
        return List.of();
    }

    /** Whether a word of the organisation's name is a place, or a demonym, of a country other than {@code country}. */
    private boolean placedElsewhere(String name, String country) {
        for (String w : name.split(" ")) {
            String c = gazetteer.countryOfPlace(w);
            if (c != null && !c.equals(country)) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> SPOKES_PREPOSITIONS = Set.of("for", "at", "from", "with", "in");

    /** What one sentence may leave to the next: who spoke for an institution without a name. */
    private static final class Memory {
        final List<Sentence> sentences;
        int spokesOrg = -1;
        /** The sentence where a speaker last spoke. */
        int spokeIn = -10;
        /** Further speakers of the subject just read: "the parties say" after "Acme and Bolt". */
        List<Integer> alsoSpeaking = List.of();

        final Gazetteer gazetteer;

        Memory(List<Sentence> sentences, Gazetteer gazetteer) {
            this.sentences = sentences;
            this.gazetteer = gazetteer;
        }

        /** Sentences whose subject is a post the article names nobody for: "The archbishop wrote to ...". */
        final Set<Integer> unnamedSubjects = new HashSet<>();

        /** Anchors of verbs whose content is a noun phrase or an infinitive, not a clause. */
        final Set<Anchor> directives = new HashSet<>();
        /** Anchors of judging verbs coordinated with a speech act: "... and slammed X as a 'disgrace'". */
        final Set<Anchor> judgings = new HashSet<>();
    }

    /**
     * "Li Wen urged joint efforts to counter smuggling", "Tom Reed criticised Ruritania for ...", "she called on
     * the public to ...": a speech act whose content is the verb's complement (a noun phrase or an
     * object and infinitive), reported without quotation. The subject speaks; a relative "who urged"
     * or a participle "..., accusing it of" takes the subject of the sentence.
     */
    private Anchor directiveAnchor(
            Sentence s,
            int i,
            int cs,
            ArticleEntities entities,
            List<RoleMention> roleMentions,
            int lastSpeaker,
            int sentenceSubject,
            String text,
            Memory mem) {
        if (negated(s, i)) {
            return null;
        }
        Token t = s.token(i);
        if (cs >= s.size()
                || "PUNCT".equals(s.token(cs).pos()) && !isQuoteMark(s.token(cs).text())) {
            return null;
        }
        int speaker = subjectLeft(s, i, entities, roleMentions, lastSpeaker, text, mem)[0];
        if (speaker < 0 && i > 1 && s.token(i - 1).lower().equals("who")) {
            LocalEntity e = entities.at(s.index(), s.token(i - 2).text().equals(",") ? i - 3 : i - 2);
            speaker = e != null ? e.id() : -1; // "Li Wen who urged ...", "Li, who urged ..."
        }
        if (speaker < 0
                && (t.text().endsWith("ing") || i > 0 && s.token(i - 1).lower().equals("and"))) {
            speaker = sentenceSubject;
        }
        if (speaker < 0 && participle(s, i)) {
            speaker = clauseSubject(s, i - 1, entities, roleMentions, lastSpeaker, text, mem);
        }
        if (speaker < 0) {
            return null;
        }
        int start = s.token(cs).start();
        int end = cutClause(s, cs, s.end(), text, entities, false);
        int minWords = s.token(i).lemma().equals("call") ? 3 : 4; // "calling it a joke" names a judgement
        if (text.substring(start, Math.max(start, end)).strip().split("\\s+").length < minWords) {
            return null; // "criticised Smith": a target, not a stated position
        }
        return new Anchor(s.index(), i, speaker, start, end, false, false);
    }

    /**
     * "called the inquiry a sham", "calling it a joke": where the named object starts (the token
     * after the verb), when a noun phrase and then "a"/"an" follow without a verb, comma or quote
     * between; -1 otherwise ("called the meeting", "called for talks").
     */
    private static int namingComplement(Sentence s, int i) {
        if (!"VERB".equals(s.token(i).pos()) || !s.token(i).lemma().equals("call") || i + 2 >= s.size()) {
            return -1;
        }
        for (int k = i + 1; k < s.size() && k <= i + 7; k++) {
            Token t = s.token(k);
            if (k > i + 1 && Set.of("a", "an").contains(t.lower())) {
                for (int j = k + 1; j < s.size() && j <= k + 6; j++) {
                    if (isQuoteMark(s.token(j).text())) {
                        return -1; // a quoted naming is the quote's: "called it a 'disgrace'"
                    }
                    if ("PUNCT".equals(s.token(j).pos())) {
                        break;
                    }
                }
                return i + 1;
            }
            if ("VERB".equals(t.pos())
                    || "AUX".equals(t.pos())
                    || "PUNCT".equals(t.pos())
                    || isQuoteMark(t.text())
                    || Set.of("for", "on", "off", "up").contains(t.lower())) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Where the content of a directive verb starts: right after "urged", after the particles of a
     * phrasal entry ("called for", "lashed out at"); -1 when the verb is no directive here ("called it
     * a disgrace" is a naming, handled as a quote if quoted).
     */
    private static int directiveContent(Sentence s, int i) {
        String lemma = s.token(i).lemma();
        if (Lexicon.REQUEST_VERBS.contains(lemma)) {
            return request(s, i) ? i + 1 : -1;
        }
        int best = Lexicon.DIRECTIVE_VERBS.contains(lemma) ? i + 1 : -1;
        for (String entry : Lexicon.DIRECTIVE_VERBS) {
            if (!entry.startsWith(lemma + " ")) {
                continue;
            }
            String[] particles = entry.substring(lemma.length() + 1).split(" ");
            int k = i + 1;
            for (String p : particles) {
                if (k >= s.size() || !s.token(k).lower().equals(p)) {
                    k = -1;
                    break;
                }
                k++;
            }
            if (k > 0 && entry.endsWith(" on") && !askedToAct(s, k)) {
                continue; // "called on Lindgren at her hotel" visited her; "called on X to resign" asks
            }
            best = Math.max(best, k);
        }
        return best;
    }

    /**
     * "asked the watchdog overseeing the rules to stop the calls": an addressee (a noun phrase, no
     * clause of its own) and then "to" and a verb. Not the passive "was asked to" (who asked is not
     * said), nor "asked about", "asked if", nor a gerund after a preposition ("without asking people to
     * pay").
     */
    /** "called on world leaders to support", "called on them not to turn": someone, then "to" and a verb. */
    private static boolean askedToAct(Sentence s, int from) {
        for (int k = from; k + 1 < s.size() && k <= from + 9; k++) {
            Token t = s.token(k);
            if (t.lower().equals("to")) {
                return k > from && Set.of("VERB", "AUX").contains(s.token(k + 1).pos());
            }
            if (!(Set.of("DET", "ADJ", "NOUN", "PROPN", "PRON", "NUM").contains(t.pos())
                    || Set.of("not", ",", "and").contains(t.lower()))) {
                return false;
            }
        }
        return false;
    }

    private static boolean request(Sentence s, int i) {
        if (i > 0 && "AUX".equals(s.token(i - 1).pos()) && !s.token(i).lower().endsWith("ing")) {
            return false;
        }
        if (i > 0
                && ("ADP".equals(s.token(i - 1).pos())
                        || "SCONJ".equals(s.token(i - 1).pos()))) {
            return false; // "can cut crime without asking people to pay more": no request made
        }
        for (int k = i + 2; k + 1 < s.size() && k <= i + 9; k++) {
            Token t = s.token(k);
            if (t.lower().equals("to")) {
                return "VERB".equals(s.token(k + 1).pos())
                        || "AUX".equals(s.token(k + 1).pos());
            }
            boolean np = Set.of("DET", "ADJ", "NOUN", "PROPN", "PRON", "NUM").contains(t.pos())
                    || "VERB".equals(t.pos()) && t.lower().endsWith("ing");
            if (!np || Set.of("about", "if", "whether", "why", "what", "how").contains(t.lower())) {
                return false;
            }
        }
        return false;
    }

    /**
     * The institution an unnamed spokesperson or official speaks for: a name inside the noun phrase
     * ("a Labour Party spokesman", "a Kremlin official"), an adjective that begins an institution's
     * name in the article ("a Conservative spokeswoman" after "the Conservative Party"), or for "the
     * spokesman" the institution whose spokesperson spoke last. -1 when the text names none.
     */
    private static int spokespersonsInstitution(Sentence s, int start, int head, ArticleEntities entities, Memory mem) {
        if (!Lexicon.SPOKESPERSONS.contains(s.token(head).lower())) {
            return -1;
        }
        for (int j = head - 1; j >= start; j--) {
            LocalEntity e = entities.at(s.index(), j);
            if (e != null && e.type() != EntityType.PERSON) {
                mem.spokesOrg = e.id();
                return e.id();
            }
            Token w = s.token(j);
            if (e == null && Lexicon.INSTITUTION_HEADS.contains(w.text())) {
                // "a department spokeswoman said": the department the article named last
                int described = recentInstitution(entities, w.text(), w.start());
                if (described >= 0) {
                    mem.spokesOrg = described;
                    return described;
                }
            }
            if (e == null && w.isCapitalised() && j > 0) {
                String prefix = org.newskg.resolve.NameKey.of(w.text()) + " ";
                for (LocalEntity o : entities.ofType(EntityType.ORGANIZATION)) {
                    if (org.newskg.resolve.NameKey.of(o.name()).startsWith(prefix)) {
                        mem.spokesOrg = o.id();
                        return o.id();
                    }
                }
            }
        }
        boolean definite = start < head && s.token(start).lower().equals("the");
        return definite ? mem.spokesOrg : -1;
    }

    /** Reported content that only points back at what was reported: "said this while ...", "said so on Monday". */
    private static final Pattern BACK_REFERENCE = Pattern.compile(
            "(?i)(this|so|as much)(\\s+(while|when|after|before|during|at|in|on|as|to|from)\\b.*)?|that|it");

    private static final Set<String> QUOTED = Set.of("quoted", "cited");
    /** Who publishes a document is its source: "according to papers released by ...". */
    private static final Set<String> PUBLISHED = Set.of("released", "published", "issued", "compiled");

    private static final Set<String> PERCEIVED = Set.of("heard", "overheard", "seen", "caught", "filmed", "recorded");
    private static final Set<String> RELATIVES = Set.of("who", "which", "whose", "whom");

    /**
     * The comma that opens an aside closed by the comma at {@code close}: an apposition (a noun
     * phrase without a verb: ", a board member of Germany's central bank, the Bundesbank,") or a
     * relative clause (", who is consulting his lawyers,"). Returns its token index, or -1. The aside
     * must follow a name or a role noun, the words a subject ends with.
     */
    private static int asideStart(Sentence s, int close, ArticleEntities entities) {
        boolean verb = false;
        int found = -1;
        for (int j = close - 1; j > 0 && close - j <= 30; j--) {
            Token t = s.token(j);
            if (t.text().equals(";") || t.text().equals(".") || isQuoteMark(t.text())) {
                return found;
            }
            boolean pluralNoun = t.lower().endsWith("ers")
                    && Set.of("to", "the", "with", "from", "of")
                            .contains(s.token(j - 1).lower());
            if (("VERB".equals(t.pos()) || "AUX".equals(t.pos())) && !t.isCapitalised() && !pluralNoun) {
                verb = true; // a capitalised "verb" inside a sentence is a name the tagger misread ("Lords Steyn,
                // Hope"); "in remarks to reporters/VERB" is a noun the tagger misread
            }
            if (!t.text().equals(",")) {
                continue;
            }
            Token first = s.token(j + 1);
            // "Jane Doe, who ..., said" and "Jane Doe, speaking in Oslo alongside Tom Reed, said"
            boolean relative = RELATIVES.contains(first.lower())
                    || "VERB".equals(first.pos()) && first.lower().endsWith("ing");
            if (verb && !relative) {
                return found; // a clause of its own: "X met Y, Z said"
            }
            Token before = s.token(j - 1);
            boolean subjectEnd = entities.at(s.index(), j - 1) != null || Lexicon.isRoleHead(before.lower());
            if (subjectEnd && j + 1 < close) {
                if (relative) {
                    return j;
                }
                // a list may end in the aside ("Jane Doe, sitting with Tom Reed, Ann Lee and Bo Ek, said"):
                // a relative or participle further left opens it
                found = found < 0 ? j : found;
                continue;
            }
            if (relative) {
                return found;
            }
        }
        return found;
    }

    /**
     * Extends a subject left over its title: "Kremlin spokesman Jane Doe said"; over common nouns and
     * adjectives too when that reaches a comma or quote ("..., Saudi state news agency SPA said").
     */
    private static int subjectStart(Sentence s, int first, ArticleEntities entities) {
        int k = titleStart(s, first, entities);
        int j = k;
        while (j > 0
                        && !s.token(j - 1).isCapitalised()
                        && ("NOUN".equals(s.token(j - 1).pos())
                                || "ADJ".equals(s.token(j - 1).pos()))
                || j > 0
                        && (s.token(j - 1).isCapitalised()
                                && !"PUNCT".equals(s.token(j - 1).pos())
                                && j < k)) {
            j--;
        }
        if (j < k
                && j > 0
                && (s.token(j - 1).text().equals(",")
                        || isQuoteMark(s.token(j - 1).text()))) {
            return titleStart(s, j, entities);
        }
        return k;
    }

    private static int titleStart(Sentence s, int first, ArticleEntities entities) {
        int k = first;
        while (k > 0) {
            Token p = s.token(k - 1);
            if (Lexicon.isRoleWord(p.lower())
                    || entities.at(s.index(), k - 1) != null
                    || (p.isCapitalised() && !"PUNCT".equals(p.pos()))
                    || p.text().equals("(")
                    || p.text().equals(")")
                    || p.lower().equals("’s")
                    || p.lower().equals("'s")) {
                k--;
                continue;
            }
            if (Set.of("the", "his", "her").contains(p.lower())) {
                k--;
            }
            break;
        }
        return k;
    }

    private int subjectRight(
            Sentence s,
            int verb,
            ArticleEntities entities,
            List<RoleMention> roleMentions,
            int lastSpeaker,
            String text,
            Memory mem) {
        for (int k = verb + 1; k < s.size() && k <= verb + 10; k++) {
            // "said UK Chancellor of the Exchequer Gordon Brown": a long title before the name
            LocalEntity e = entities.at(s.index(), k);
            if (e != null && e.type() == EntityType.PERSON) {
                return clauseSubjectAt(s, entities, k) ? -1 : e.id();
            }
            Token t = s.token(k);
            boolean title = e != null
                    || Lexicon.isRoleWord(t.lower())
                    || Set.of("the", "of", "’s", "'s").contains(t.lower())
                    || t.isCapitalised() && !"PUNCT".equals(t.pos());
            if (!title) {
                break;
            }
        }
        int described = describedThenNamed(s, verb, entities);
        if (described >= 0) {
            return described;
        }
        for (int k = verb + 1; k < s.size() && k <= verb + 5; k++) {
            Token t = s.token(k);
            LocalEntity e = entities.at(s.index(), k);
            if (e != null && e.type() != EntityType.PERSON) {
                // "said BBC labour affairs correspondent Stephen Cape": the institution qualifies the post
                int j = entities.mentionAt(s.index(), k).last() + 1;
                boolean title = false;
                while (j < s.size()
                        && j <= k + 7
                        && (Lexicon.isRoleWord(s.token(j).lower())
                                || !s.token(j).isCapitalised()
                                        && "NOUN".equals(s.token(j).pos()))) {
                    title |= Lexicon.isRoleHead(s.token(j).lower());
                    j++;
                }
                LocalEntity named = j < s.size() && title ? entities.at(s.index(), j) : null;
                if (named != null && named.type() == EntityType.PERSON) {
                    return named.id();
                }
            }
            if (e != null
                    && e.type() == EntityType.PERSON
                    && k >= 2
                    && s.token(k - 1).lower().equals("of")
                    && "NOUN".equals(s.token(k - 2).pos())
                    && !Lexicon.isRoleWord(s.token(k - 2).lower())) {
                return -1; // "said a friend of Tom Reed": the friend speaks, unnamed
            }
            if (e != null) {
                return clauseSubjectAt(s, entities, k) ? -1 : e.id();
            }
            if (PRONOUNS.contains(t.lower())) {
                return pronoun(s, k, entities, lastSpeaker, text, mem);
            }
            if (Lexicon.isRoleHead(t.lower())) {
                for (RoleFinder.RolePhrase p : roles.definiteRolePhrases(s, entities)) {
                    if (p.endToken() == k) {
                        int holder = RoleFinder.holder(p.head(), p.country(), p.org(), roleMentions, entities);
                        if (holder >= 0 || !Lexicon.SPOKESPERSONS.contains(t.lower())) {
                            return holder;
                        }
                    }
                }
                int institution = spokespersonsInstitution(s, verb + 1, k, entities, mem);
                if (institution >= 0 || k + 1 >= s.size() || entities.at(s.index(), k + 1) == null) {
                    return institution;
                }
                continue; // "said BBC labour affairs correspondent Stephen Cape": the name follows the post
            }
            if ("PUNCT".equals(t.pos()) || "VERB".equals(t.pos())) {
                return -1;
            }
        }
        return -1;
    }

    /** The name at {@code k} is followed by its own verb: "..., said many Roma had good reason": what was said, not who. */
    private static boolean clauseSubjectAt(Sentence s, ArticleEntities entities, int k) {
        int after = entities.mentionAt(s.index(), k).last() + 1;
        return after < s.size() && Set.of("VERB", "AUX").contains(s.token(after).pos());
    }

    private static final Set<String> DESCRIPTION_OPENERS = Set.of("a", "an", "another", "the", "one", "its", "their");

    /**
     * "..., said another witness in the inquiry, former Treasury adviser Jane Doe.": a postposed
     * speaker described first and named in an apposition that closes the sentence. The description
     * has no verb; the name may carry its post ("former Treasury adviser").
     */
    private static int describedThenNamed(Sentence s, int verb, ArticleEntities entities) {
        if (verb + 1 >= s.size()
                || !DESCRIPTION_OPENERS.contains(s.token(verb + 1).lower())) {
            return -1;
        }
        for (int k = verb + 2; k < s.size() && k <= verb + 14; k++) {
            Token t = s.token(k);
            if (entities.at(s.index(), k) != null && entities.at(s.index(), k).type() == EntityType.PERSON) {
                return -1; // "said a friend of Jane Doe, ...": a name inside the description is not the speaker
            }
            if ("VERB".equals(t.pos()) || "AUX".equals(t.pos()) || isQuoteMark(t.text())) {
                return -1;
            }
            if (!t.text().equals(",")) {
                continue;
            }
            for (int j = k + 1; j < s.size() && j <= k + 8; j++) {
                LocalEntity e = entities.at(s.index(), j);
                if (e != null && e.type() == EntityType.PERSON) {
                    int end = entities.mentionAt(s.index(), j).last() + 1;
                    boolean closes = end >= s.size()
                            || "PUNCT".equals(s.token(end).pos())
                                    && !s.token(end).text().equals(",");
                    return closes ? e.id() : -1;
                }
                Token w = s.token(j);
                boolean title = Lexicon.isRoleWord(w.lower())
                        || e != null
                        || w.isCapitalised() && !"PUNCT".equals(w.pos())
                        || Set.of("former", "of", "the").contains(w.lower());
                if (!title) {
                    return -1;
                }
            }
            return -1;
        }
        return -1;
    }

    /**
     * "he" is the last speaker if there is one and nothing says otherwise; "she" after a "Mrs X"
     * is that person. Gender is known only from titles (Mr, Mrs, Ms) in the article.
     */
    private static int pronoun(Sentence s, int k, ArticleEntities entities, int lastSpeaker, String text, Memory mem) {
        String p = s.token(k).lower();
        Character want = p.equals("he") ? Character.valueOf('m') : p.equals("she") ? Character.valueOf('f') : null;
        if (want != null && mem.unnamedSubjects.contains(s.index() - 1) && noPersonBefore(s, k, entities)) {
            // "Earlier the archbishop wrote to the parties. In a letter, he urged them ... He said ...": the
            // post the article names nobody for, not the last person named
            mem.unnamedSubjects.add(s.index());
            return -1;
        }
        if (lastSpeaker >= 0 && lastSpeaker == mem.spokesOrg && !p.equals("they")) {
            return lastSpeaker; // "A party spokesman said ... He added": the spokesman speaks for the party
        }
        if (p.equals("they") && lastSpeaker >= 0 && entities.byId(lastSpeaker).type() != EntityType.PERSON) {
            return lastSpeaker; // "Analysts at the bank said ... they added": the institution spoke last
        }
        boolean afterQuote = k > 0 && followsOpeningQuote(s, k);
        if ((k == 0 || afterQuote && mem.spokeIn < s.index() - 1) && !p.equals("they")) {
            // "Mr Flight landed in trouble over remarks. He quit ... after suggesting ...": a sentence that
            // opens with a pronoun continues the person the sentence before opened with; so does the
            // "he" after an opening quote when that sentence quoted nobody ("Duda pledged support.
            // '...,' he said")
            int previous = openingPerson(entities, s.index() - 1, mem);
            if (previous >= 0 && previous != lastSpeaker && compatible(entities.byId(previous), want, text, mem)) {
                return previous;
            }
        }
        if (lastSpeaker >= 0
                && entities.byId(lastSpeaker).type() == EntityType.PERSON
                && compatible(entities.byId(lastSpeaker), want, text, mem)) {
            return lastSpeaker;
        }
        int best = -1;
        int bestStart = -1;
        // a person the article marks with the pronoun's gender ("Mrs Maguire ... she said") comes first
        for (LocalEntity e : entities.ofType(EntityType.PERSON)) {
            if (want == null || !Character.valueOf(want).equals(gender(e, text, mem))) {
                continue;
            }
            for (var m : e.mentions()) {
                if (m.start() < s.token(k).start()
                        && m.start() > bestStart
                        && s.token(k).start() - m.start() < 600) {
                    best = e.id();
                    bestStart = m.start();
                }
            }
        }
        if (best >= 0) {
            return best;
        }
        for (LocalEntity e : entities.ofType(EntityType.PERSON)) {
            if (!compatible(e, want, text, mem)) {
                continue;
            }
            for (var m : e.mentions()) {
                if (m.start() < s.token(k).start() && m.start() > bestStart) {
                    best = e.id();
                    bestStart = m.start();
                }
            }
        }
        return best;
    }

    /**
     * "Mr Reed's spokesman said", "the prime minister's official spokesman said": the person whose
     * spokesperson speaks, named or known by the post the article gave them; {-1, -1} otherwise.
     */
    private int[] spokespersonsOwner(Sentence s, int head, ArticleEntities entities, List<RoleMention> roleMentions) {
        int k = head - 1;
        while (k > 0
                && Set.of("ADJ", "NOUN").contains(s.token(k).pos())
                && !s.token(k).isCapitalised()) {
            k--; // "official", "press"
        }
        if (k < 1 || !Set.of("'s", "’s").contains(s.token(k).lower())) {
            return new int[] {-1, -1};
        }
        LocalEntity owner = entities.at(s.index(), k - 1);
        if (owner != null && owner.type() == EntityType.PERSON) {
            return new int[] {owner.id(), entities.mentionAt(s.index(), k - 1).first()};
        }
        for (RoleFinder.RolePhrase p : roles.definiteRolePhrases(s, entities)) {
            if (p.endToken() == k - 1) {
                int holder = RoleFinder.holder(p.head(), p.country(), p.org(), roleMentions, entities);
                return holder >= 0 ? new int[] {holder, p.startToken()} : new int[] {-1, -1};
            }
        }
        return new int[] {-1, -1};
    }

    /**
     * "The prime minister's official spokesman said", "a government official responded", "a judge said":
     * a speaker described, not named, whose head noun stands right before the verb.
     */
    private static boolean unnamedSpeakerBefore(Sentence s, int verb) {
        int k = verb - 1;
        while (k > 0 && Set.of("ADV", "AUX").contains(s.token(k).pos())) {
            k--;
        }
        if (k < 1) {
            return false;
        }
        Token head = s.token(k);
        return !head.isCapitalised()
                && (Lexicon.SPOKESPERSONS.contains(head.lower()) || Lexicon.isRoleHead(head.lower()))
                && Set.of("DET", "ADJ", "NOUN", "PROPN", "PUNCT")
                        .contains(s.token(k - 1).pos());
    }

    private static boolean noPersonBefore(Sentence s, int k, ArticleEntities entities) {
        for (int j = 0; j < k; j++) {
            LocalEntity e = entities.at(s.index(), j);
            if (e != null && e.type() == EntityType.PERSON) {
                return false;
            }
        }
        return true;
    }

    /**
     * Sentences whose subject, before the first verb, is a definite post ("Earlier the Archbishop of
     * Oslo wrote ...") that no person of the article holds and no name follows.
     */
    private Set<Integer> unnamedPostSubjects(
            AnnotatedText nlp, ArticleEntities entities, List<RoleMention> roleMentions) {
        Set<Integer> out = new HashSet<>();
        for (Sentence s : nlp.sentences()) {
            int first = 0;
            while (first < s.size()
                    && Set.of("ADV", "PUNCT", "CCONJ").contains(s.token(first).pos())) {
                first++;
            }
            if (first >= s.size() || !s.token(first).lower().equals("the")) {
                continue;
            }
            for (RoleFinder.RolePhrase p : roles.definiteRolePhrases(s, entities)) {
                int verb = afterPlaceOfPost(s, p.endToken() + 1, entities);
                if (p.startToken() != first
                        || verb >= s.size()
                        || !Set.of("VERB", "AUX").contains(s.token(verb).pos())) {
                    continue;
                }
                if (!noPersonBefore(s, p.endToken() + 1, entities)
                        || RoleFinder.holder(p.head(), p.country(), p.org(), roleMentions, entities) >= 0) {
                    continue;
                }
                out.add(s.index());
            }
        }
        return out;
    }

    /** "the Archbishop of Oslo wrote": the token after the place or body a post is "of", else {@code k}. */
    private static int afterPlaceOfPost(Sentence s, int k, ArticleEntities entities) {
        if (k + 1 < s.size() && s.token(k).lower().equals("of")) {
            var m = entities.mentionAt(s.index(), k + 1);
            if (m != null) {
                return m.last() + 1;
            }
        }
        return k;
    }

    /**
     * The person a sentence opens with as its subject: the first name before the sentence's first verb
     * that no preposition governs ("Her colleague, Senator Jane Doe of Texas, disagreed"), or -1 when
     * that name is a possessor ("Doe's office said") or a verb comes first.
     */
    private static int openingPerson(ArticleEntities entities, int sentence, Memory mem) {
        if (sentence < 0) {
            return -1;
        }
        Sentence s = mem.sentences.get(sentence);
        for (int k = 0; k < s.size(); k++) {
            Token t = s.token(k);
            if ("VERB".equals(t.pos()) || "AUX".equals(t.pos()) || isQuoteMark(t.text())) {
                return -1;
            }
            var m = entities.mentionAt(sentence, k);
            if (m == null) {
                continue;
            }
            boolean possessive = m.last() + 1 < s.size()
                    && Set.of("’s", "'s").contains(s.token(m.last() + 1).lower());
            if (possessive) {
                return -1;
            }
            LocalEntity e = entities.at(sentence, k);
            if (e.type() == EntityType.PERSON
                    && (k == 0 || !"ADP".equals(s.token(k - 1).pos()))) {
                return e.id();
            }
            k = m.last();
        }
        return -1;
    }

    /**
     * The organisation (or country) a sentence opens with as its subject, before token {@code before}:
     * the first name before the first verb that no preposition governs; -1 when that is a person or a
     * possessor, or nothing is named.
     */
    private int openingInstitution(ArticleEntities entities, int sentence, int before, Memory mem) {
        Sentence s = mem.sentences.get(sentence);
        boolean phrase = false; // inside an opening prepositional phrase ("In Oslo, ..."; "head of Acme")
        for (int k = 0; k < s.size() && k < before; k++) {
            Token t = s.token(k);
            if ("VERB".equals(t.pos()) || "AUX".equals(t.pos()) || isQuoteMark(t.text())) {
                return -1;
            }
            if (Set.of(",", "-", "—", "–").contains(t.text())) {
                phrase = false;
                continue;
            }
            var m = entities.mentionAt(sentence, k);
            if (m == null) {
                phrase |= "ADP".equals(t.pos()) || t.text().equals("(");
                continue;
            }
            LocalEntity e = entities.at(sentence, k);
            boolean country = e.type() == EntityType.LOCATION && gazetteer.countryOf(e.name()) != null;
            boolean town = e.type() == EntityType.LOCATION && !country; // "FRANKFURT, March 3 (Reuters) -": a dateline
            if (!phrase && !town) {
                // the head of the subject, followed by its verb or an aside: "Acme will", "Acme, which ...,"
                // but not the modifier of "Acme shares" or the owner of "Acme's chief"
                Token next = m.last() + 1 < s.size() ? s.token(m.last() + 1) : null;
                boolean head = next != null
                        && (Set.of("VERB", "AUX", "ADV").contains(next.pos())
                                || Set.of(",", "(").contains(next.text()));
                return head && (e.type() == EntityType.ORGANIZATION || country) ? e.id() : -1;
            }
            k = m.last();
        }
        return -1;
    }

    /** The pronoun follows a quote that opens the sentence: "'We will win,' he said". */
    private static boolean followsOpeningQuote(Sentence s, int k) {
        if (!isQuoteMark(s.token(0).text())) {
            return false;
        }
        Token before = s.token(k - 1);
        return isQuoteMark(before.text())
                || k > 1
                        && ",".equals(before.text())
                        && isQuoteMark(s.token(k - 2).text());
    }

    private static boolean compatible(LocalEntity e, Character want, String text, Memory mem) {
        if (want == null || text == null) {
            return true;
        }
        Character g = gender(e, text, mem);
        return g == null || g.equals(want);
    }

    /**
     * 'm' or 'f' when a title in the article says so (Mr / Mrs, Ms, Miss), else when nearly everyone
     * the index knows with the person's first name has one gender ("Lena Marsk"); null otherwise.
     */
    private static Character gender(LocalEntity e, String text, Memory mem) {
        Character g = null;
        for (var m : e.mentions()) {
            String before = text.substring(Math.max(0, m.start() - 5), m.start())
                    .strip()
                    .toLowerCase(java.util.Locale.ROOT);
            Character title = Lexicon.COURTESY_TITLES.genderOfTitleEnding(before);
            if (title != null) {
                g = title;
            }
        }
        if (g == null && e.type() == EntityType.PERSON) {
            for (String name : e.names()) {
                int sp = name.indexOf(' ');
                if (sp > 1) {
                    Character given = mem.gazetteer.genderOfGivenName(name.substring(0, sp));
                    if (given != null) {
                        return given;
                    }
                }
            }
        }
        return g;
    }

    /** The owner of a speech noun: "Trump's remarks", "a Financial Times report". */
    private static int nounOwner(Sentence s, int noun, ArticleEntities entities) {
        int k = noun - 1;
        if (k >= 0 && (s.token(k).lower().equals("’s") || s.token(k).lower().equals("'s"))) {
            k--;
        }
        if (k >= 0) {
            LocalEntity e = entities.at(s.index(), k);
            if (e != null) {
                return e.id();
            }
        }
        return -1;
    }

    /**
     * "told Radio Nord: ...", "assured the committee that ...": the last token of the addressee after
     * a verb of telling, so that the content starts after it; the verb itself otherwise.
     */
    private static int addressee(Sentence s, int verb, ArticleEntities entities) {
        if (!Lexicon.ADDRESSEE_VERBS.contains(s.token(verb).lemma())) {
            return verb;
        }
        for (int k = verb + 1; k < s.size() && k <= verb + 6; k++) {
            Token t = s.token(k);
            if (k > verb + 1
                    && entities.at(s.index(), k) != null
                    && entities.mentionAt(s.index(), k).first() == k) {
                int b = k - 1;
                while (b > verb + 1
                        && Lexicon.COURTESY_TITLES.takesSurname(
                                s.token(b).lower().replace(".", ""))) {
                    b--;
                }
                if (entities.at(s.index(), b) != null) {
                    return b; // "told the BBC Mr Howard had ...": the second name opens the content
                }
            }
            if (t.text().equals(":") || t.lower().equals("that") || isQuoteMark(t.text())) {
                return k - 1 > verb ? k - 1 : verb;
            }
            if (k > verb + 1
                    && (Set.of(".", ",", ";", "!", "?").contains(t.text())
                            || Set.of("on", "in", "at", "during", "after", "before", "late", "earlier")
                                    .contains(t.lower()))) {
                return k - 1; // "..., Jane Doe told Reuters.", "told the Daily Courier on Monday": the addressee ends
            }
            boolean determiner = "DET".equals(t.pos())
                    || "PRON".equals(t.pos()) && !t.lower().equals("it");
            if (k > verb + 1 && (determiner || "NUM".equals(t.pos()))) {
                // "told the crown prince the two countries must ...": a second noun phrase opens the content
                return k - 1;
            }
            // "told visiting Ukraine officials they would ...": a participle that modifies the addressee
            boolean modifier = "VERB".equals(t.pos())
                    && (t.lower().endsWith("ing") || t.lower().endsWith("ed"))
                    && k + 1 < s.size()
                    && Set.of("PROPN", "NOUN", "ADJ").contains(s.token(k + 1).pos());
            if (!Set.of("PROPN", "NOUN", "DET", "ADJ").contains(t.pos())
                    && !modifier
                    && !t.lower().equals("'s")
                    && !t.lower().equals("’s")) {
                return verb;
            }
        }
        return verb;
    }

    private static int rightContentStart(Sentence s, int verb, String text, List<Quote> quotes) {
        int k = verb + 1;
        // adjuncts between the verb and its content: "on Tuesday (Feb 18)", "to reporters", "in a statement"
        while (k < s.size()) {
            Token t = s.token(k);
            String w = t.lower();
            if (w.equals("on")
                    || w.equals("in")
                    || w.equals("at")
                    || w.equals("to")
                    || w.equals("during")
                    || w.equals("after")
                    || w.equals("late")
                    || w.equals("earlier")
                    || w.equals("last")
                    || w.equals("this")
                    || w.equals("yesterday")
                    || w.equals("today")
                    || w.equals("also")) {
                int j = k + 1;
                while (j < s.size()
                        && !Set.of(",", "that", ":", "“", "\"")
                                .contains(s.token(j).text())
                        && j - k <= 6
                        && ("PROPN".equals(s.token(j).pos())
                                || "NUM".equals(s.token(j).pos())
                                || "NOUN".equals(s.token(j).pos())
                                || "DET".equals(s.token(j).pos())
                                || "ADJ".equals(s.token(j).pos())
                                || Set.of("(", ")", ".").contains(s.token(j).text())
                                || Lexicon.isDateWord(s.token(j).text()))) {
                    if (s.token(j).lower().equals("that")) {
                        break;
                    }
                    if (j + 1 < s.size()
                            && Lexicon.SPEECH_ADJUNCT_NOUNS.contains(s.token(j).lower())
                            && s.token(j + 1).lower().equals("with")) {
                        j += 2; // "said in an interview with Reuters that"
                        continue;
                    }
                    if (j + 1 < s.size()
                            && "VERB".equals(s.token(j + 1).pos())
                            && s.token(j + 1).lower().endsWith("ed")
                            && Lexicon.SPEECH_ADJUNCT_NOUNS.contains(s.token(j).lower())) {
                        j += 2; // "said in a statement posted on X that": the participle belongs to the statement
                        continue;
                    }
                    if (j > k + 1
                            && Lexicon.isDateWord(s.token(j - 1).text())
                            && "DET".equals(s.token(j).pos())) {
                        break; // "said on Sunday the nominee was unfit": the content's subject follows the day
                    }
                    j++;
                }
                if (w.equals("on") && j == k + 1) {
                    return -1;
                }
                boolean timeLike = false;
                for (int x = k; x < j; x++) {
                    String xl = s.token(x).lower().replace(".", "");
                    timeLike |=
                            Lexicon.isDateWord(xl) || xl.matches("\\d+") || Lexicon.SPEECH_ADJUNCT_NOUNS.contains(xl);
                }
                if (!timeLike) {
                    break;
                }
                k = j;
                continue;
            }
            if (w.equals("reporters") || w.equals("journalists") || w.equals("parliament") || w.equals("lawmakers")) {
                k++;
                continue;
            }
            if (Lexicon.SPEECH_ADVERBS.contains(w)
                    && k + 1 < s.size()
                    && s.token(k + 1).lower().equals("that")) {
                k++; // "said afterwards that", "said repeatedly that"
                continue;
            }
            if (Lexicon.WEEKDAYS.contains(w)) {
                k++; // American style: "said Sunday (night) she would ..."
                if (k < s.size()
                        && Set.of("morning", "afternoon", "evening", "night")
                                .contains(s.token(k).lower())) {
                    k++;
                }
                continue;
            }
            if (w.equals(",") && k == verb + 1) {
                if (k + 1 < s.size() && RELATIVES.contains(s.token(k + 1).lower())) {
                    return -1; // "told Li Wen, who responded that ...": the relative clause is Li Wen's
                }
                k++;
                continue;
            }
            break;
        }
        if (k >= s.size()) {
            return -1;
        }
        if (Lexicon.ADDRESSEE_VERBS.contains(s.token(verb).lemma())
                && k == verb + 1
                && k + 2 < s.size()
                && ("NOUN".equals(s.token(k).pos()) || s.token(k).text().matches("\\p{Lu}{2,}s"))
                && s.token(k).lower().endsWith("s")
                && Set.of("DET", "PRON").contains(s.token(k + 1).pos())
                && !s.token(k + 1).lower().equals("that")) {
            k++; // "told MPs the rises would be small", "told analysts the firm would cut costs"
        }
        Token t = s.token(k);
        boolean complementizer = t.lower().equals("that") || t.text().equals(":");
        if (!complementizer) {
            // "told reporters aboard Air Force One that", "telling Reuters that": an addressee or a place
            // without a verb between the speech verb and "that" (common nouns only after a verb of telling:
            // "said the plan that officials drew up was flawed" keeps its noun)
            boolean telling = Lexicon.ADDRESSEE_VERBS.contains(s.token(verb).lemma());
            for (int j = k, limit = k + 6; j < s.size() && j <= limit; j++) {
                Token x = s.token(j);
                int title =
                        isQuoteMark(x.text()) && j > 0 && isPossessiveMark(s.token(j - 1)) ? closingQuote(s, j) : -1;
                if (title > 0) {
                    limit += title - j; // "told CNN's "State of the Union" on Sunday that": a programme's title
                    j = title;
                    continue;
                }
                if (x.lower().equals("that")
                        && j > k
                        && !"VERB".equals(s.token(Math.min(j + 1, s.size() - 1)).pos())) {
                    k = j;
                    t = x;
                    complementizer = true;
                    break;
                }
                boolean commonNoun = "NOUN".equals(x.pos()) && !x.isCapitalised();
                if (!Set.of("PROPN", "NOUN", "ADP", "DET", "ADJ", "NUM", "ADV").contains(x.pos())
                        || isQuoteMark(x.text())
                        || commonNoun && !telling) {
                    break;
                }
            }
        }
        if (complementizer) {
            k++;
            if (k < s.size() && s.token(k).text().equals(":") && t.lower().equals("that")) {
                k++; // "added that: ..."
            }
        }
        if (k >= s.size()) {
            return -1;
        }
        t = s.token(k);
        if (isQuoteMark(t.text())) {
            return t.start();
        }
        if (complementizer) {
            return "PUNCT".equals(t.pos()) ? -1 : t.start(); // after "that" anything is the clause
        }
        boolean participleAdjective = "VERB".equals(t.pos())
                && (t.lower().endsWith("ing") || t.lower().endsWith("ed"))
                && k + 1 < s.size()
                && Set.of("NOUN", "ADJ").contains(s.token(k + 1).pos()); // "said existing rules ..."
        if (Set.of("ADP", "PUNCT", "SCONJ", "CCONJ", "PART", "AUX", "VERB").contains(t.pos())
                && !t.lower().equals("there")
                && !participleAdjective) {
            return -1;
        }
        if (Set.of("as", "about", "before", "after", "while", "upon", "until").contains(t.lower())) {
            return -1; // "told reporters before boarding his plane": when it was said, not what
        }
        return t.start();
    }

    /**
     * Where a reported clause ends: at the sentence end, or before ", as quoted by", ", a day after",
     * a dash aside, or (for "a report that ...") an apposition ", a forum ...".
     */
    /**
     * "while"/"whereas" opening a clause whose subject is a named person or organisation acting: the
     * writer sets another actor against the speaker ("..., while the Acme board rejected it"). A
     * contrast inside the content has no named actor ("prices rose, while wages fell").
     */
    private static boolean contrastedActor(Sentence s, int k, ArticleEntities entities) {
        if (k >= s.size() || !Set.of("while", "whereas").contains(s.token(k).lower())) {
            return false;
        }
        for (int j = k + 1; j < s.size() && j <= k + 7; j++) {
            LocalEntity e = entities.at(s.index(), j);
            if (e != null && e.type() != EntityType.LOCATION) {
                for (int v = entities.mentionAt(s.index(), j).last() + 1; v < s.size() && v <= j + 6; v++) {
                    String pos = s.token(v).pos();
                    if ("VERB".equals(pos) || "AUX".equals(pos)) {
                        return true;
                    }
                    if (!Set.of("PROPN", "NOUN", "ADV", "PART").contains(pos)) {
                        return false;
                    }
                }
                return false;
            }
            if ("VERB".equals(s.token(j).pos()) || "AUX".equals(s.token(j).pos())) {
                return false;
            }
        }
        return false;
    }

    private static int cutClause(
            Sentence s, int fromToken, int sentenceEnd, String text, ArticleEntities entities, boolean noun) {
        for (int k = Math.max(fromToken, 0); k < s.size(); k++) {
            Token t = s.token(k);
            String w = t.text();
            if ((w.equals("-") || w.equals("–") || w.equals("—"))
                    && k > 0
                    && s.token(k - 1).end() < t.start()) {
                int close = -1;
                for (int j = k + 1; j < s.size() && !noun; j++) {
                    if (s.token(j).text().equals(w)) {
                        close = j;
                        break;
                    }
                }
                if (close < 0) {
                    return s.token(k - 1).end();
                }
                k = close; // "- their first on how to end the war -": an aside, the clause goes on
                continue;
            }
            if (w.equals(",") && k + 1 < s.size()) {
                // "as 'direct and productive,' according to a readout": the closing quote is no word
                int next = k + 2 < s.size() && isQuoteMark(s.token(k + 1).text()) ? k + 2 : k + 1;
                String n = s.token(next).lower();
                if (k > fromToken
                        && participle(s, k + 1)
                        && Lexicon.CONTENT_VERBS.contains(s.token(k + 1).lemma())) {
                    return s.token(k - 1).end(); // "..., adding that ...": the next speech act
                }
                if (k > fromToken && postposedSpeech(s, k + 1)) {
                    return s.token(k - 1).end(); // "..., said another witness": a postposed speech act ends it
                }
                if (k > fromToken && relativeSpeech(s, k, entities)) {
                    return s.token(k - 1).end(); // "he told Li, who responded that ...": Li's own speech act
                }
                if (n.equals("as")
                                && next + 1 < s.size()
                                && Set.of("quoted", "reported", "cited")
                                        .contains(s.token(next + 1).lower())
                        || n.equals("according")
                                && next + 1 < s.size()
                                && s.token(next + 1).lower().equals("to")) {
                    return next > k + 1 ? s.token(k + 1).end() : s.token(k - 1).end();
                }
                if (noun && Set.of("a", "an").contains(n)) {
                    return s.token(k - 1).end();
                }
                if (k > fromToken && contrastedActor(s, k + 1, entities)) {
                    return s.token(k - 1)
                            .end(); // "..., while Prime Minister Jane Doe defended it": the writer's contrast
                }
                if (noun && k + 2 < s.size() && entities.at(s.index(), k + 1) != null) {
                    for (int j = k + 1; j < s.size() && j <= k + 6; j++) {
                        if (Lexicon.SPEECH_VERBS.contains(s.token(j).lemma())
                                && "VERB".equals(s.token(j).pos())) {
                            return s.token(k - 1).end();
                        }
                    }
                }
                // ", Russian news agencies reported" / ", China's official news agency said in a report"
                // closes the clause: a noun phrase and a reporting verb after the comma
                for (int j = k + 1; j < s.size() && j <= k + 8; j++) {
                    Token x = s.token(j);
                    if ("VERB".equals(x.pos()) && Set.of("report", "say").contains(x.lemma()) && j > k + 1) {
                        return s.token(k - 1).end();
                    }
                    boolean closing =
                            j + 1 >= s.size() || "PUNCT".equals(s.token(j + 1).pos());
                    if ("VERB".equals(x.pos()) && Lexicon.CONTENT_VERBS.contains(x.lemma()) && j > k + 1 && closing) {
                        return s.token(k - 1).end(); // "..., a new documentary has revealed."
                    }
                    if ("AUX".equals(x.pos()) && j > k + 1) {
                        continue;
                    }
                    if (!Set.of("DET", "ADJ", "NOUN", "PROPN", "PART").contains(x.pos())
                            && !x.lower().equals("'s")
                            && !x.lower().equals("’s")
                            && !isQuoteMark(x.text())) {
                        break;
                    }
                }
            }
        }
        return trimEnd(text, s.start(), sentenceEnd);
    }

    /**
     * Whether token {@code v} is "said" followed only by who said it to the sentence's end ("...,
     * said a second witness, Jane Doe."), not a speech act with its own content (", said the plans
     * were dead").
     */
    private static boolean postposedSpeech(Sentence s, int v) {
        Token t = s.token(v);
        if (!"VERB".equals(t.pos()) || !t.lemma().equals("say") || t.lower().endsWith("ing") || v + 1 >= s.size()) {
            return false;
        }
        for (int j = v + 1; j < s.size(); j++) {
            Token x = s.token(j);
            boolean verb = ("VERB".equals(x.pos()) || "AUX".equals(x.pos())) && !Lexicon.isRoleWord(x.lower());
            if (verb
                    || isQuoteMark(x.text())
                    || Set.of("that", "to", ";").contains(x.lower())
                    || PRONOUNS.contains(x.lower())) {
                return false;
            }
        }
        return true;
    }

    private static int trimEnd(String text, int start, int end) {
        int e = end;
        while (e > start && ".,;: ".indexOf(text.charAt(e - 1)) >= 0) {
            e--;
        }
        return e;
    }

    /** Start of content before ", X said": the sentence start, or the start of a quote opened earlier. */
    private static int leftStart(Sentence s, List<Quote> quotes, String text, int end) {
        int start = firstNonSpace(text, s.start());
        for (Quote q : quotes) {
            if (q.start() < start && q.end() > start) {
                return q.start();
            }
        }
        for (Quote q : quotes) {
            if (q.start() > start && q.end() >= end && q.end() <= end + 3 && afterBreak(text, start, q.start())) {
                // "He changed his story — “I now recall,” he said": the quote is what he said; a quote
                // inside a clause ("the team apparently “holds the view ...,” he said") is not all of it
                return q.start();
            }
        }
        return start;
    }

    /** Whether a dash, colon or semicolon stands right before {@code at} (spaces aside). */
    private static boolean afterBreak(String text, int from, int at) {
        int k = at - 1;
        while (k > from && Character.isWhitespace(text.charAt(k))) {
            k--;
        }
        return k > from && "—–-:;".indexOf(text.charAt(k)) >= 0;
    }

    private static final Set<String> CONCESSIVE = Set.of("although", "though", "while", "but", "and", "however", "yet");

    /**
     * "X could happen. Although Y, Z said." - attribution at the end of a concessive sentence covers
     * the sentence before it in the same paragraph when that one has no attribution of its own.
     */
    private int withLeadSentence(AnnotatedText nlp, Sentence s, int start, String text) {
        if (s.index() == 0
                || s.size() == 0
                || !CONCESSIVE.contains(s.token(0).lower())
                || start != firstNonSpace(text, s.start())) {
            return start;
        }
        Sentence prev = nlp.sentences().get(s.index() - 1);
        if (prev.paragraph() != s.paragraph()) {
            return start;
        }
        for (Token t : prev.tokens()) {
            if (Lexicon.CONTENT_VERBS.contains(t.lemma()) && "VERB".equals(t.pos()) || isQuoteMark(t.text())) {
                return start;
            }
        }
        return firstNonSpace(text, prev.start());
    }

    private static Quote wholeQuote(List<Quote> quotes, String text, int start, int end) {
        String content = text.substring(start, Math.min(end, text.length())).strip();
        for (Quote q : quotes) {
            if (q.start() >= start - 1 && q.start() <= start + 1) {
                String rest = text.substring(Math.min(q.end(), end), Math.max(Math.min(q.end(), end), end))
                        .strip();
                if (rest.replaceAll("[\\p{Punct}”’\"\\s]", "").isEmpty() && content.length() > 0) {
                    return q;
                }
            }
        }
        return null;
    }

    /**
     * The quote that opens the sentence and ends right before its speaker and verb ("“We are ready,”
     * she said, “but ...”"), when no one took it yet; else null.
     */
    private static Quote openingQuoteBefore(List<Quote> quotes, Set<Quote> used, Sentence s, String text, int verb) {
        int first = firstNonSpace(text, s.start());
        for (Quote q : quotes) {
            if (used.contains(q)
                    || q.start() != first
                    || q.end() > s.token(verb).start()) {
                continue;
            }
            // between the quote and the verb only the speaker: a name, a pronoun or a title, no clause
            int between = 0;
            for (int k = s.tokenAt(q.end()); k < verb; k++) {
                if ("VERB".equals(s.token(k).pos())) {
                    return null;
                }
                between++;
            }
            return between <= 8 ? q : null;
        }
        return null;
    }

    /** The quote a few words after a verb of naming: "calling it a "disaster"", "calling them "reckless"". */
    private static Quote quotedComplement(Sentence s, int verb, List<Quote> quotes) {
        for (int k = verb + 1; k < s.size() && k <= verb + 4; k++) {
            if (isQuoteMark(s.token(k).text())) {
                return quoteAt(quotes, s.token(k).start());
            }
            if ("PUNCT".equals(s.token(k).pos()) || "VERB".equals(s.token(k).pos())) {
                return null;
            }
        }
        return null;
    }

    private static Quote quoteAt(List<Quote> quotes, int offset) {
        for (Quote q : quotes) {
            if (q.start() == offset) {
                return q;
            }
        }
        return null;
    }

    private static boolean inQuote(List<Quote> quotes, int offset) {
        for (Quote q : quotes) {
            if (q.contains(offset) && offset != q.start()) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWithQuote(String text, int offset) {
        return offset < text.length() && isQuoteMark(String.valueOf(text.charAt(offset)));
    }

    private static int firstNonSpace(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static String trimContent(String text, int start, int end) {
        return text.substring(start, Math.max(start, Math.min(end, text.length())))
                .strip();
    }

    /** Drops quotation marks and surrounding punctuation; keeps the words as written. */
    private static final Pattern QUOTE_MARKS = Pattern.compile("[“”\"]");

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[,;:\\s]+|[,;:\\s]+$");

    static String clean(String s) {
        String t = SPACES.matcher(QUOTE_MARKS.matcher(s).replaceAll(""))
                .replaceAll(" ")
                .strip();
        t = EDGE_PUNCTUATION.matcher(t).replaceAll("");
        if (t.endsWith(".") && !t.endsWith("..")) {
            t = t.substring(0, t.length() - 1);
        }
        return t.strip();
    }

    private static List<Statement> dedupe(List<Statement> in) {
        List<Statement> out = new ArrayList<>();
        Set<List<Object>> seen = new HashSet<>();
        for (Statement s : in) {
            if (seen.add(java.util.Arrays.asList(s.speaker(), s.text()))) {
                out.add(s);
            }
        }
        return out;
    }
}

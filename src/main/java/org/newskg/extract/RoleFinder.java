package org.newskg.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newskg.nlp.AnnotatedText;
import org.newskg.nlp.Lexicon;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Token;
import org.newskg.nlp.ner.EntityType;
import org.newskg.nlp.ner.Gazetteer;
import org.newskg.nlp.ner.NameMention;
import org.newskg.resolve.ArticleEntities;
import org.newskg.resolve.LocalEntity;

/**
 * Posts people hold, from the words around their names: pre-modifiers ("Kremlin spokesman Dmitry
 * Doe", "U.S. Secretary of State John Smith", "ex-US President Joe Biden"), appositions ("Jack
 * Straw, the foreign secretary,"), relative posts ("Trump's predecessor", "his US counterpart"), and
 * a definite role phrase whose holder is named in the next sentences ("The Kremlin spokesman said
 * ... Jane Doe emphasized").
 */
public final class RoleFinder {
    private static final Set<String> FORMER = Set.of("former", "ex", "then", "onetime", "erstwhile", "previous");
    private static final Set<String> RELATIVE = Set.of("predecessor", "successor", "counterpart");
    /** Heads that can stand for a head of state or government in "the Russian leader". */
    private static final Set<String> LEADER_HEADS = Set.of(
            "president",
            "prime minister",
            "premier",
            "chancellor",
            "leader",
            "king",
            "queen",
            "head of state",
            "emir",
            "sultan");

    private final Gazetteer gazetteer;

    public RoleFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** A post read beside a name, with the person it is relative to ("Trump's predecessor": Trump), or null. */
    private record Read(RoleMention role, LocalEntity relativeTo) {}

    public List<RoleMention> find(AnnotatedText text, ArticleEntities entities) {
        List<Read> read = new ArrayList<>();
        for (LocalEntity person : entities.ofType(EntityType.PERSON)) {
            for (NameMention m : person.mentions()) {
                Sentence s = text.sentences().get(m.sentence());
                Read r = before(s, m, person, entities);
                RoleMention a = apposition(s, m, person, entities);
                if (r != null) {
                    read.add(r);
                }
                if (a != null
                        && (r == null || Lexicon.RANK_TITLES.contains(r.role().head()))) {
                    // "Prince Faisal bin Farhan, the Saudi foreign minister,": a title and a post
                    read.add(new Read(a, null));
                }
            }
        }
        List<RoleMention> out = resolveRelative(read);
        out.addAll(definiteRolesNamedLater(text, entities, out));
        out.addAll(definiteRolesNamedBefore(text, entities, out));
        out.addAll(headOfStateTitles(text, entities, out));
        return dedupe(out);
    }

    // ------------------------------------------------------------------ pre-modifier roles

    private Read before(Sentence s, NameMention m, LocalEntity person, ArticleEntities entities) {
        int k = m.first() - 1;
        if (k >= 0 && s.token(k).text().equals("(")) {
            k--;
        }
        if (k >= 1
                && s.token(k).text().equals(",")
                && Lexicon.isRoleHead(s.token(k - 1).lower())
                && m.last() + 1 < s.size()
                && s.token(m.last() + 1).text().equals(",")) {
            k--; // "Venezuela's Attorney General, Tarek Saab, said": the post, then the name set off by commas
        }
        List<Token> phrase = new ArrayList<>();
        LocalEntity relativeTo = null;
        while (k >= 0) {
            Token t = s.token(k);
            String lw = t.lower();
            if (phrase.isEmpty()
                    && lw.equals(".")
                    && k > 0
                    && Lexicon.TITLE_ABBREVIATIONS.containsKey(s.token(k - 1).lower() + ".")) {
                t = s.token(--k); // the tokenizer splits "Sen." in two
                lw = t.lower() + ".";
            }
            if (phrase.isEmpty() && Lexicon.TITLE_ABBREVIATIONS.containsKey(lw)) {
                // "Sen. Jane Doe": the post the abbreviation stands for, written out
                lw = Lexicon.TITLE_ABBREVIATIONS.get(lw);
                String written = Character.toUpperCase(lw.charAt(0)) + lw.substring(1);
                t = new Token(t.index(), t.start(), t.end(), written, "PROPN", lw, lw);
            }
            LocalEntity e = entities.at(s.index(), k);
            if (e != null && !e.equals(person) && e.type() == EntityType.PERSON) {
                break;
            }
            if ((lw.equals("’s") || lw.equals("'s")) && k > 0) {
                LocalEntity owner = entities.at(s.index(), k - 1);
                if (owner != null
                        && owner.type() == EntityType.PERSON
                        && !phrase.isEmpty()
                        && RELATIVE.contains(phrase.get(0).lower())) {
                    relativeTo = owner;
                    phrase.add(0, t);
                    phrase.add(0, s.token(k - 1));
                } else if (owner != null && owner.type() != EntityType.PERSON && !phrase.isEmpty()) {
                    phrase.add(0, t); // "Spain's Foreign Minister Jose Albares": the post is Spain's
                    k--;
                    continue;
                }
                break;
            }
            // "will host Somali Defence Minister X": a verb after a modal or "to" is no part of the title
            boolean verbAfterModal = "VERB".equals(t.pos())
                    && !t.isCapitalised()
                    && k > 0
                    && ("AUX".equals(s.token(k - 1).pos())
                            || s.token(k - 1).lower().equals("to"));
            boolean roleWord = Lexicon.isRoleWord(lw) && !lw.equals("of") && !lw.equals("for") && !verbAfterModal
                    || lw.equals("of") && !phrase.isEmpty();
            boolean place = e != null && (e.type() == EntityType.LOCATION || e.type() == EntityType.ORGANIZATION);
            boolean demonym = t.isCapitalised() && gazetteer.countryOf(t.text()) != null;
            boolean exCountry = lw.matches("(ex|then|former)-\\p{L}.*");
            // "Fisheries Minister": a capitalised word in front of a post is part of its name
            // ("External Affairs Minister", "South Korean President": a name of several words)
            boolean postName = t.isCapitalised()
                    && e == null
                    && !phrase.isEmpty()
                    && (Lexicon.isRoleHead(phrase.get(0).lower())
                            || phrase.get(0).isCapitalised()
                                    && phrase.size() < 4
                                    && Set.of("PROPN", "NOUN", "ADJ").contains(t.pos())
                                    && !Lexicon.NOT_NAMES.contains(lw) // not "But", "Earlier" opening the sentence
                                    && phrase.stream().anyMatch(x -> Lexicon.isRoleHead(x.lower())))
                    && !Lexicon.isDateWord(t.text())
                    && !"PUNCT".equals(t.pos())
                    && !"DET".equals(t.pos());
            // "Labour election campaign coordinator Alan Milburn": common nouns that qualify the post
            boolean qualifier = !t.isCapitalised()
                    && "NOUN".equals(t.pos())
                    && !phrase.isEmpty()
                    && phrase.stream().anyMatch(x -> Lexicon.isRoleHead(x.lower()))
                    && phrase.size() < 5;
            if (roleWord
                    || place
                    || demonym
                    || exCountry
                    || postName
                    || qualifier
                    || FORMER.contains(lw)
                    || lw.equals("-")) {
                phrase.add(0, t);
                k--;
                continue;
            }
            break;
        }
        while (!phrase.isEmpty()
                && (phrase.get(0).lower().equals("of")
                        || phrase.get(0).lower().equals("-")
                        || !phrase.get(0).isCapitalised()
                                && "NOUN".equals(phrase.get(0).pos())
                                && !Lexicon.isRoleWord(phrase.get(0).lower()))) {
            // qualifiers count only between a capitalised start and the post: "Labour election campaign
            // coordinator", not "unions met Deputy Prime Minister" (a mis-tagged verb)
            phrase.remove(0);
        }
        RoleMention r = toRole(phrase, person, s, entities, relativeTo);
        if (r != null
                && r.country() == null
                && m.last() + 2 < s.size()
                && s.token(m.last() + 1).lower().equals("of")) {
            // "President Maria Alvarado of Chile": the country follows the name
            // (the name finder may have read "Narendra Modi of India" as one name and kept its person part)
            LocalEntity after = entities.at(s.index(), m.last() + 2);
            String name = after != null ? after.name() : s.token(m.last() + 2).text();
            String country = (after == null || after.type() == EntityType.LOCATION)
                            && s.token(m.last() + 2).isCapitalised()
                    ? gazetteer.countryOf(name)
                    : null;
            if (country != null) {
                r = new RoleMention(r.person(), r.wording(), r.head(), country, r.org(), r.former(), r.span());
            }
        }
        return r == null ? null : new Read(r, relativeTo);
    }

    private static final Set<String> APPOSITION_DETERMINERS = Set.of("the", "a", "an", "its", "his", "her", "their");
    private static final Set<String> APPOSITION_PREPOSITIONS = Set.of("of", "for", "to", "on", "at", "in");

    /**
     * "Jack Holm, the foreign secretary,", "Hans Doe, a board member of the central bank,", "Ann Roe,
     * a top security aide to the president": a noun phrase with a post as its head right after the
     * name, with at most one prepositional phrase; a person inside that phrase ("aide to Vice President
     * Reed") ends it before the preposition.
     */
    private RoleMention apposition(Sentence s, NameMention m, LocalEntity person, ArticleEntities entities) {
        int k = m.last() + 1;
        if (k >= s.size() || !s.token(k).text().equals(",")) {
            return null;
        }
        k++;
        if (k < s.size() && APPOSITION_DETERMINERS.contains(s.token(k).lower())) {
            k++;
        }
        List<Token> phrase = new ArrayList<>();
        boolean head = false;
        int ppStart = -1;
        int limit = k + 12;
        while (k < s.size() && k < limit) {
            Token t = s.token(k);
            String lw = t.lower();
            LocalEntity e = entities.at(s.index(), k);
            if (e != null && e.type() == EntityType.PERSON) {
                if (ppStart >= 0) {
                    break;
                }
                return null;
            }
            if (head && ppStart < 0 && APPOSITION_PREPOSITIONS.contains(lw)) {
                ppStart = phrase.size();
                phrase.add(t);
                k++;
                if (k < s.size() && s.token(k).lower().equals("the")) {
                    phrase.add(s.token(k));
                    k++;
                }
                continue;
            }
            boolean common = !t.isCapitalised() && ("NOUN".equals(t.pos()) || "ADJ".equals(t.pos()));
            // "a Kenyan lawyer and politician": two posts of one person
            boolean and = lw.equals("and")
                    && head
                    && ppStart < 0
                    && k + 1 < s.size()
                    && !s.token(k + 1).isCapitalised()
                    && "NOUN".equals(s.token(k + 1).pos());
            boolean ok = and
                    || (Lexicon.isRoleWord(lw) && !APPOSITION_PREPOSITIONS.contains(lw))
                    || (e != null && e.type() != EntityType.PERSON)
                    || (t.isCapitalised() && gazetteer.countryOf(t.text()) != null)
                    || FORMER.contains(lw)
                    || lw.equals("’s")
                    || lw.equals("'s")
                    || common
                    || ppStart >= 0 && t.isCapitalised() && !"PUNCT".equals(t.pos());
            if (!ok) {
                break;
            }
            head |= ppStart < 0 && Lexicon.isRoleHead(lw);
            phrase.add(t);
            k++;
        }
        boolean closed = k < s.size()
                && (Set.of(",", ".", ")", ";", "(").contains(s.token(k).text())
                        // "X, its minister for economic affairs added": an apposition the writer did not close
                        || ppStart >= 0
                                && "VERB".equals(s.token(k).pos())
                                && Lexicon.SPEECH_VERBS.contains(s.token(k).lemma()));
        if (!closed && ppStart >= 0) {
            phrase = new ArrayList<>(phrase.subList(0, ppStart)); // "aide to Vice President Reed, said"
            closed = true;
        }
        while (!phrase.isEmpty()
                        && APPOSITION_PREPOSITIONS.contains(
                                phrase.get(phrase.size() - 1).lower())
                || !phrase.isEmpty() && phrase.get(phrase.size() - 1).lower().equals("the")) {
            phrase.remove(phrase.size() - 1);
        }
        if (phrase.isEmpty() || !closed || !head) {
            return null;
        }
        return toRole(phrase, person, s, entities, null);
    }

    private RoleMention toRole(
            List<Token> phrase, LocalEntity person, Sentence s, ArticleEntities entities, LocalEntity relativeTo) {
        if (phrase.isEmpty()) {
            return null;
        }
        boolean hasHead = phrase.stream().anyMatch(t -> Lexicon.isRoleHead(t.lower()));
        if (!hasHead) {
            return null;
        }
        boolean former = false;
        String country = null;
        String org = null;
        List<String> headWords = new ArrayList<>();
        List<String> wording = new ArrayList<>();
        for (int p = 0; p < phrase.size(); p++) {
            Token t = phrase.get(p);
            String lw = t.lower();
            LocalEntity e = entities.at(s.index(), t.index());
            String pair = t.isCapitalised()
                            && p + 1 < phrase.size()
                            && phrase.get(p + 1).isCapitalised()
                    ? gazetteer.countryOf(t.text() + " " + phrase.get(p + 1).text())
                    : null;
            if (pair != null
                    && e == null
                    && !Lexicon.isRoleWord(phrase.get(p + 1).lower())) {
                country = country == null ? pair : country; // "South Korean President", "New Zealand Prime Minister"
                wording.add(t.text());
                wording.add(phrase.get(p + 1).text());
                p++;
                continue;
            }
            if (FORMER.contains(lw)) {
                former = true; // "ex" of "ex - President" too, which the tokenizer splits
                continue;
            }
            if (lw.equals("-")) {
                continue; // "Secretary - General" is no former post
            }
            if (lw.matches("(ex|then|former)-\\p{L}.*")) {
                former = true;
                String rest = t.text().substring(t.text().indexOf('-') + 1);
                String c = gazetteer.countryOf(rest);
                if (c != null && country == null) {
                    country = c;
                } else if (c == null && org == null) {
                    org = rest; // "ex-UKIP MEP": a party, not a country
                }
                wording.add(rest);
                continue;
            }
            wording.add(t.text());
            if (e != null && e.equals(relativeTo)) {
                continue;
            }
            if (lw.equals("’s") || lw.equals("'s")) {
                continue;
            }
            if (e != null && e.type() == EntityType.LOCATION) {
                country = country == null ? e.name() : country;
                continue;
            }
            if (e != null && e.type() == EntityType.ORGANIZATION) {
                org = org == null ? e.name() : org;
                continue;
            }
            String c = t.isCapitalised() ? gazetteer.countryOf(t.text()) : null;
            if (c != null && !Lexicon.isRoleWord(lw)) {
                country = country == null ? c : country;
                continue;
            }
            headWords.add(lw);
        }
        while (!headWords.isEmpty()
                && Set.of("of", "the", "at", "for", "to", "in", "on").contains(headWords.get(headWords.size() - 1))) {
            headWords.remove(headWords.size() - 1); // "country director of the [Refugee Council]": the body is the org
        }
        if (headWords.isEmpty()) {
            return null;
        }
        String head = String.join(" ", headWords).replace(" ’s", "").replace(" 's", "");
        String words = String.join(" ", wording)
                .replace(" ’s", "'s")
                .replace(" 's", "'s")
                .replace("’s", "'s");
        int start = phrase.get(0).start();
        int end = phrase.get(phrase.size() - 1).end();
        return new RoleMention(person, words, head, country, org, former, new Span(start, end, s.index()));
    }

    // ------------------------------------------------------------------ relative posts

    private List<RoleMention> resolveRelative(List<Read> read) {
        List<RoleMention> out = new ArrayList<>();
        for (Read rd : read) {
            RoleMention r = rd.role();
            String base = r.head();
            if (!RELATIVE.contains(base)) {
                out.add(r);
                continue;
            }
            RoleMention ref = null;
            if (rd.relativeTo() != null) {
                // "Trump's predecessor": the post of Trump's that is not itself relative
                ref = read.stream()
                        .map(Read::role)
                        .filter(x -> x.person().equals(rd.relativeTo()) && !RELATIVE.contains(x.head()))
                        .findFirst()
                        .orElse(null);
            } else if (base.equals("counterpart")) {
                // "Russian President Vladimir Putin and his US counterpart Donald Trump"
                for (Read x : read) {
                    RoleMention o = x.role();
                    if (o.span().sentence() == r.span().sentence()
                            && o.span().start() < r.span().start()
                            && !o.person().equals(r.person())
                            && !RELATIVE.contains(o.head())) {
                        ref = o;
                    }
                }
            }
            if (ref == null) {
                continue; // no post to point at: "predecessor" alone names no post
            }
            boolean former = base.equals("predecessor") || r.former();
            String country = base.equals("counterpart") ? r.country() : ref.country();
            String org = base.equals("counterpart") ? r.org() : ref.org();
            out.add(new RoleMention(r.person(), r.wording(), ref.head(), country, org, former, r.span()));
        }
        return out;
    }

    // ------------------------------------------------------------------ "The Kremlin spokesman said ..."

    private List<RoleMention> definiteRolesNamedLater(
            AnnotatedText text, ArticleEntities entities, List<RoleMention> known) {
        List<RoleMention> out = new ArrayList<>();
        Set<Integer> withRole = new HashSet<>();
        known.forEach(r -> withRole.add(r.person().id()));
        for (Sentence s : text.sentences()) {
            for (RolePhrase p : definiteRolePhrases(s, entities)) {
                if (holder(p.head(), p.country(), p.org(), known, entities) >= 0) {
                    continue;
                }
                if (personNamedBefore(entities, p.start())) {
                    // the convention "The X spokesman said ... Jane Doe added" opens a story; later in
                    // it a role phrase more likely refers back to someone already named
                    continue;
                }
                if (objectOfTheClause(s, p.startToken())) {
                    continue; // "MPs wrote to the prime minister. The letter, organised by Jane Doe": not her post
                }
                // an opening "A Ruritanian MP said" describes the person the story names next, who may
                // hold another post too ("Jane Doe, the party's deputy leader, made the comments")
                boolean lede =
                        Set.of("a", "an").contains(s.token(p.startToken()).lower());
                if (lede && Lexicon.SPOKESPERSONS.contains(s.token(p.endToken()).lower())) {
                    continue; // "A trade ministry official said": unnamed by convention, not the next name
                }
                Integer named =
                        firstNewPersonAfter(text, entities, s.index(), p.endToken(), lede ? Set.of() : withRole);
                if (named != null) {
                    out.add(new RoleMention(
                            entities.byId(named),
                            p.wording(),
                            p.head(),
                            p.country(),
                            p.org(),
                            false,
                            new Span(p.start(), p.end(), s.index())));
                    withRole.add(named);
                }
            }
        }
        return out;
    }

    /**
     * A post after a preposition or a verb other than one of saying ("wrote to the prime minister",
     * "met the governor"): someone the clause acts on, not the speaker the story goes on to name
     * ("..., said the party's spokesman. Jane Doe added").
     */
    private static boolean objectOfTheClause(Sentence s, int start) {
        if (start == 0) {
            return false;
        }
        Token before = s.token(start - 1);
        return "ADP".equals(before.pos())
                || "VERB".equals(before.pos()) && !Lexicon.CONTENT_VERBS.contains(before.lemma());
    }

    /**
     * "Mr Howard insisted he had played by the rules. The Tory leader, who ...": a sentence that opens
     * with a definite post nobody in the article holds refers back to the one person the sentence
     * before names, and gives them the post.
     */
    private List<RoleMention> definiteRolesNamedBefore(
            AnnotatedText text, ArticleEntities entities, List<RoleMention> known) {
        List<RoleMention> out = new ArrayList<>();
        List<RoleMention> all = new ArrayList<>(known);
        for (Sentence s : text.sentences()) {
            if (s.index() == 0 || s.size() < 3 || !s.token(0).lower().equals("the")) {
                continue;
            }
            for (RolePhrase p : definiteRolePhrases(s, entities)) {
                String head = p.head().substring(p.head().lastIndexOf(' ') + 1);
                if (p.startToken() != 0
                        || Lexicon.SPOKESPERSONS.contains(head)
                        || holder(p.head(), p.country(), p.org(), all, entities) >= 0) {
                    continue; // "The spokesman said": someone else, who speaks for an institution
                }
                int after = p.endToken() + 1;
                boolean subject = after < s.size()
                        && (s.token(after).text().equals(",")
                                || "VERB".equals(s.token(after).pos())
                                || "AUX".equals(s.token(after).pos()));
                int person = subject ? lastPersonIn(text.sentences().get(s.index() - 1), entities) : -1;
                if (person >= 0
                        && all.stream()
                                .noneMatch(r ->
                                        r.person().id() == person && r.head().equals(p.head()))) {
                    RoleMention r = new RoleMention(
                            entities.byId(person),
                            p.wording(),
                            p.head(),
                            p.country(),
                            p.org(),
                            false,
                            new Span(p.start(), p.end(), s.index()));
                    out.add(r);
                    all.add(r);
                }
            }
        }
        return out;
    }

    /** The one person a sentence names, or -1 when it names none or several. */
    private static int lastPersonIn(Sentence s, ArticleEntities entities) {
        int found = -1;
        for (int k = s.size() - 1; k >= 0; k--) {
            LocalEntity e = entities.at(s.index(), k);
            if (e != null && e.type() == EntityType.PERSON) {
                if (found >= 0 && found != e.id()) {
                    return -1;
                }
                found = e.id();
            }
        }
        return found;
    }

    // ------------------------------------------------------------------ "the head of state"

    /**
     * "the head of state", "the supreme commander-in-chief" with no name: titles a country's leader
     * holds by office. They refer to the leader of the country the text was just talking about
     * (the nearest place before them whose country has a leader in the article), so a spokesman's
     * "the goals set by the head of state" names his own president, not the visiting one.
     */
    private List<RoleMention> headOfStateTitles(AnnotatedText text, ArticleEntities entities, List<RoleMention> known) {
        List<RoleMention> out = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            for (int i = 0; i + 1 < s.size(); i++) {
                if (!s.token(i).lower().equals("the")) {
                    continue;
                }
                int k = i + 1;
                boolean supreme = s.token(k).lower().equals("supreme");
                if (supreme) {
                    k++;
                }
                int end;
                String title;
                int cic = commanderInChiefEnd(s, k);
                if (cic >= 0) {
                    end = cic;
                    title = supreme ? "supreme commander-in-chief" : "commander-in-chief";
                } else if (!supreme
                        && k + 2 < s.size()
                        && s.token(k).lower().equals("head")
                        && s.token(k + 1).lower().equals("of")
                        && s.token(k + 2).lower().equals("state")) {
                    end = k + 2;
                    title = "head of state";
                } else {
                    continue;
                }
                if (end + 1 < s.size()
                        && (entities.at(s.index(), end + 1) != null
                                || s.token(end + 1).lower().equals("of")
                                || s.token(end + 1).isCapitalised())) {
                    continue; // named right there, or another post: "commander-in-chief of the army"
                }
                RoleMention leader = leaderInContext(text, entities, known, s.index(), i);
                if (leader == null) {
                    continue;
                }
                Span span = new Span(s.token(i + 1).start(), s.token(end).end(), s.index());
                out.add(
                        title.equals("head of state")
                                ? new RoleMention(
                                        leader.person(),
                                        title,
                                        leader.head(),
                                        leader.country(),
                                        leader.org(),
                                        false,
                                        span)
                                : new RoleMention(leader.person(), title, title, leader.country(), null, false, span));
            }
        }
        return out;
    }

    /** The last token of "commander-in-chief" from token k, however the tokenizer split it; -1 if none. */
    private static int commanderInChiefEnd(Sentence s, int k) {
        StringBuilder b = new StringBuilder();
        for (int j = k; j < s.size() && j < k + 5; j++) {
            b.append(s.token(j).lower());
            String joined = b.toString();
            if (joined.equals("commander-in-chief") || joined.equals("commanderinchief")) {
                return j;
            }
            if (!"commander-in-chief".startsWith(joined) && !"commanderinchief".startsWith(joined)) {
                return -1;
            }
        }
        return -1;
    }

    /** The current leader's role for the country of the nearest place named before a token, within three sentences. */
    private RoleMention leaderInContext(
            AnnotatedText text, ArticleEntities entities, List<RoleMention> known, int sentence, int token) {
        for (int si = sentence; si >= 0 && si >= sentence - 3; si--) {
            Sentence s = text.sentences().get(si);
            for (int t = (si == sentence ? token : s.size()) - 1; t >= 0; t--) {
                LocalEntity e = entities.at(si, t);
                if (e == null || e.type() == EntityType.PERSON) {
                    continue;
                }
                String country = gazetteer.countryOfPlace(e.name());
                if (country == null) {
                    continue;
                }
                for (RoleMention r : known) {
                    if (!r.former()
                            && LEADER_HEADS.contains(r.head())
                            && !r.head().equals("leader")
                            && r.country() != null
                            && sameName(r.country(), country)) {
                        return r;
                    }
                }
            }
        }
        return null;
    }

    /** A role phrase without a name: "the Kremlin spokesman", "the Russian leader". */
    public record RolePhrase(
            String wording,
            String head,
            String country,
            String org,
            int startToken,
            int endToken,
            int start,
            int end) {}

    /**
     * Definite role phrases in a sentence that are not followed by a name; in a story's opening
     * sentence also indefinite ones ("A Ruritanian MP said").
     */
    public List<RolePhrase> definiteRolePhrases(Sentence s, ArticleEntities entities) {
        List<RolePhrase> out = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            String lw = s.token(i).lower();
            LocalEntity owner = i > 0 && (lw.equals("’s") || lw.equals("'s")) ? entities.at(s.index(), i - 1) : null;
            boolean possessive = owner != null && owner.type() != EntityType.PERSON;
            // "Acme has held talks with Bolt, its chief said": "its" is the organisation the clause opens with
            LocalEntity its = lw.equals("its") ? firstOrganisation(s, i, entities) : null;
            // "A Ruritanian MP has said ...": a news story's opening sentence may describe whom the next one names
            boolean lede = s.index() == 0 && (lw.equals("a") || lw.equals("an"));
            if (!(possessive
                    || its != null
                    || lede
                    || lw.equals("the")
                    || lw.equals("his")
                    || lw.equals("her")
                    || lw.equals("their")
                    || lw.equals("our"))) {
                continue;
            }
            int k = afterAge(s, i + 1); // "the 52-year-old prime minister"
            List<Token> phrase = new ArrayList<>();
            int startToken = i;
            if (possessive) {
                // "Spain's foreign minister": the post of the place or institution that owns it
                startToken = entities.mentionAt(s.index(), i - 1).first();
                for (int j = startToken; j <= i; j++) {
                    phrase.add(s.token(j));
                }
            }
            while (k < s.size()) {
                Token t = s.token(k);
                LocalEntity e = entities.at(s.index(), k);
                boolean ok = (Lexicon.isRoleWord(t.lower()) && !t.lower().equals("of"))
                        || (e != null && e.type() != EntityType.PERSON)
                        || (t.isCapitalised() && gazetteer.countryOf(t.text()) != null);
                if (!ok) {
                    break;
                }
                phrase.add(t);
                k++;
            }
            if (phrase.isEmpty()
                    || !Lexicon.isRoleHead(phrase.get(phrase.size() - 1).lower())) {
                continue;
            }
            if (k < s.size() && entities.at(s.index(), k) != null) {
                continue; // "the Kremlin spokesman Jane Doe": the name is right there
            }
            RoleMention r = toRole(phrase, null, s, entities, null); // no person: only the phrase is read
            if (r == null) {
                continue;
            }
            out.add(new RolePhrase(
                    r.wording(),
                    r.head(),
                    r.country(),
                    its != null && r.org() == null ? its.name() : r.org(),
                    startToken,
                    k - 1,
                    phrase.get(0).start(),
                    phrase.get(phrase.size() - 1).end()));
            i = k - 1;
        }
        return out;
    }

    /** The token after an age written before a noun ("52-year-old", "52 - year - old") at {@code k}, else {@code k}. */
    static int afterAge(Sentence s, int k) {
        if (k < s.size() && s.token(k).lower().matches("\\d+-year-old")) {
            return k + 1;
        }
        if (k + 4 < s.size()
                && s.token(k).lower().matches("\\d+")
                && s.token(k + 1).text().equals("-")
                && s.token(k + 2).lower().equals("year")
                && s.token(k + 3).text().equals("-")
                && s.token(k + 4).lower().equals("old")) {
            return k + 5;
        }
        return k;
    }

    /** The first organisation named in the sentence before token {@code before}, or null. */
    private static LocalEntity firstOrganisation(Sentence s, int before, ArticleEntities entities) {
        for (int k = 0; k < before; k++) {
            LocalEntity e = entities.at(s.index(), k);
            if (e != null && e.type() == EntityType.ORGANIZATION) {
                return e;
            }
        }
        return null;
    }

    private static boolean personNamedBefore(ArticleEntities entities, int offset) {
        for (LocalEntity e : entities.ofType(EntityType.PERSON)) {
            for (NameMention m : e.mentions()) {
                if (m.start() < offset && m.text().contains(" ")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Integer firstNewPersonAfter(
            AnnotatedText text, ArticleEntities entities, int sentence, int token, Set<Integer> withRole) {
        for (int si = sentence; si < text.sentences().size() && si <= sentence + 2; si++) {
            Sentence s = text.sentences().get(si);
            for (int t = si == sentence ? token + 1 : 0; t < s.size(); t++) {
                LocalEntity e = entities.at(si, t);
                if (e == null || e.type() != EntityType.PERSON) {
                    continue;
                }
                NameMention m = entities.mentionAt(si, t);
                boolean firstMention = e.mentions().get(0).equals(m);
                if (firstMention && m.text().contains(" ") && !withRole.contains(e.id())) {
                    return e.id();
                }
                t = m.last();
            }
        }
        return null;
    }

    /**
     * The person who holds a post matching a role phrase in this article ("the spokesman", "the
     * Russian leader"), the one named most often when several do, by its {@link LocalEntity#id()}; -1 if none.
     */
    public static int holder(
            String head, String country, String org, List<RoleMention> roles, ArticleEntities entities) {
        int best = -1;
        int bestMentions = -1;
        for (RoleMention r : roles) {
            boolean headOk = r.head().equals(head)
                    || r.head().endsWith(" " + head)
                    || (head.equals("leader") && LEADER_HEADS.contains(r.head()))
                    || (head.equals("head of state") && LEADER_HEADS.contains(r.head()));
            if (!headOk) {
                continue;
            }
            if (country != null && r.country() != null && !sameName(country, r.country())) {
                continue;
            }
            if (org != null && r.org() != null && !sameName(org, r.org())) {
                continue;
            }
            if (country != null && r.country() == null && r.org() == null) {
                continue;
            }
            int n = r.person().mentions().size();
            if (n > bestMentions) {
                best = r.person().id();
                bestMentions = n;
            }
        }
        return best;
    }

    private static boolean sameName(String a, String b) {
        return a.toLowerCase(Locale.ROOT).equals(b.toLowerCase(Locale.ROOT));
    }

    private static List<RoleMention> dedupe(List<RoleMention> roles) {
        List<RoleMention> out = new ArrayList<>();
        Set<List<Object>> seen = new HashSet<>();
        for (RoleMention r : roles) {
            if (seen.add(java.util.Arrays.asList(r.person(), r.head(), r.country(), r.org(), r.wording()))) {
                out.add(r);
            }
        }
        return out;
    }
}

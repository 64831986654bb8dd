package org.newskg.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newskg.nlp.AnnotatedText;
import org.newskg.nlp.Lexicon;
import org.newskg.nlp.Sentence;
import org.newskg.nlp.Token;
import org.newskg.nlp.ner.EntityType;
import org.newskg.nlp.ner.Gazetteer;
import org.newskg.resolve.ArticleEntities;
import org.newskg.resolve.LocalEntity;
import org.newskg.resolve.NameKey;

/**
 * Meetings, summits, talks and phone calls from event nouns ("a Putin-Trump summit", "talks in
 * Oslo", "a phone call between X and Y") and verbs ("X and Y met", "held talks", "spoke by phone",
 * "could meet"), with participants, place, date and status (planned when the text speaks of it as
 * future, proposed or needing preparation; held otherwise). Within a sentence one event of a kind
 * is one meeting; the same meeting across sentences is merged when it agrees on kind, status,
 * participants and place.
 */
public final class MeetingFinder {
    private static final Set<String> NEGATION = Set.of("no", "not", "never", "n't", "without");

    private final Gazetteer gazetteer;
    private final RoleFinder roles;

    public MeetingFinder(Gazetteer gazetteer, RoleFinder roles) {
        this.gazetteer = gazetteer;
        this.roles = roles;
    }

    public List<Meeting> find(AnnotatedText nlp, ArticleEntities entities, DateResolver dates) {
        return find(nlp, entities, List.of(), dates);
    }

    /** As {@link #find(AnnotatedText, ArticleEntities, DateResolver)}; a post the article gives someone ("the crown prince") names that person. */
    public List<Meeting> find(
            AnnotatedText nlp, ArticleEntities entities, List<RoleMention> roleMentions, DateResolver dates) {
        List<Meeting> out = new ArrayList<>();
        // "A and B last met in 2023": an event told apart from the story's, never merged with them
        Set<Meeting> occasions = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        Map<LocalEntity, Set<LocalEntity>> within = containers(nlp, entities);
        for (Sentence s : nlp.sentences()) {
            List<Meeting> here = new ArrayList<>();
            for (int i = 0; i < s.size(); i++) {
                Token t = s.token(i);
                String kind = kindOf(s, i);
                if (kind == null && calledPerson(s, i, entities)) {
                    // "X called Y on Tuesday to discuss gas supplies"; "X called on Y at her hotel" visited Y
                    kind = i + 1 < s.size() && s.token(i + 1).lower().equals("on") ? "meeting" : "phone call";
                }
                if (kind == null) {
                    continue;
                }
                if (joinsTold(s, i, entities, out)) {
                    continue;
                }
                List<Meeting> earlier = new ArrayList<>(out);
                earlier.addAll(here);
                Meeting m = read(s, i, kind, entities, roleMentions, dates, nlp, earlier);
                if (m == null
                        && onSidelines(s, i)
                        && !here.isEmpty()
                        && here.get(here.size() - 1).location() == null) {
                    // "held a bilateral meeting on the margins of the summit": where the summit told before was
                    Meeting last = here.get(here.size() - 1);
                    out.stream()
                            .filter(o -> o.kind().equals("summit") && o.location() != null)
                            .reduce((a, b) -> b)
                            .ifPresent(summit -> replaceLast(
                                    here,
                                    new Meeting(
                                            last.kind(),
                                            last.participants(),
                                            last.countries(),
                                            summit.location(),
                                            last.date(),
                                            last.planned(),
                                            last.span()),
                                    occasions));
                }
                if (m == null) {
                    continue;
                }
                if (earlierOccasion(s, i)) {
                    occasions.add(m);
                    here.add(m);
                    continue;
                }
                List<Integer> bodies = "VERB".equals(t.pos()) ? List.of() : coordinatedBodies(s, i, entities);
                if (t.lower().endsWith("s") && bodies.size() >= 2) {
                    // "attended the OECD and WTO summits": one event per body, each with the others' parties
                    for (int body : bodies) {
                        Set<LocalEntity> own = new LinkedHashSet<>(m.participants());
                        own.removeIf(e -> bodies.contains(e.id()));
                        own.add(entities.byId(body));
                        mergeInto(
                                here,
                                new Meeting(
                                        m.kind(), own, m.countries(), m.location(), m.date(), m.planned(), m.span()),
                                false,
                                occasions);
                    }
                    continue;
                }
                boolean sidelines = onSidelines(s, i);
                if ((kind.equals("summit") && settingPreposition(s, i) >= 0 || sidelines) && !here.isEmpty()) {
                    // "would meet Trump at a G20 summit": the summit is where the meeting happens, an event of
                    // its own; the meeting's people are the meeting's
                    Set<LocalEntity> own = new LinkedHashSet<>(m.participants());
                    here.forEach(o -> own.removeAll(o.participants()));
                    Meeting set = here.get(here.size() - 1);
                    if (set.location() == null && set.planned() == m.planned()) {
                        // ... and it happens where the summit does ("at a G20 summit in Lima")
                        replaceLast(
                                here,
                                new Meeting(
                                        set.kind(),
                                        set.participants(),
                                        set.countries(),
                                        m.location(),
                                        set.date() != null ? set.date() : m.date(),
                                        set.planned(),
                                        set.span()),
                                occasions);
                    }
                    here.add(new Meeting(m.kind(), own, m.countries(), m.location(), m.date(), m.planned(), m.span()));
                    continue;
                }
                mergeInto(here, m, true, occasions);
            }
            int earlier = out.size(); // the sentence's own events stay apart: they were kept apart above
            for (Meeting m : here) {
                if (occasions.contains(m)) {
                    out.add(m);
                } else {
                    mergeInto(out, m, false, earlier, within, occasions);
                }
            }
        }
        mergeRepresented(out, roleMentions);
        return out;
    }

    /**
     * The parties a meeting noun that opens the sentence is said to gather: "The summit ... will bring
     * together the leaders of A, B and C", "The talks involve A and B". Names of people and bodies,
     * and places in a list after "of" or "from"; none when the trigger is not the sentence's subject.
     */
    private static List<Integer> predicateParties(Sentence s, int trigger, ArticleEntities entities) {
        for (int k = 0; k < trigger; k++) {
            if (!Set.of("DET", "ADJ", "PROPN", "NOUN", "NUM")
                    .contains(s.token(k).pos())) {
                return List.of();
            }
        }
        int v = -1;
        for (int k = trigger + 1; k < s.size() && k <= trigger + 20; k++) {
            Token t = s.token(k);
            boolean together = k + 1 < s.size() && s.token(k + 1).lower().equals("together");
            if ("VERB".equals(t.pos())
                    && (t.lemma().equals("bring") && together || Lexicon.GATHERING_VERBS.contains(t.lemma()))) {
                v = together ? k + 1 : k;
                break;
            }
        }
        List<Integer> out = new ArrayList<>();
        boolean placeList = false;
        for (int k = v + 1; v >= 0 && k < s.size(); k++) {
            Token t = s.token(k);
            if (Set.of(";", ".", ":").contains(t.text()) || "VERB".equals(t.pos())) {
                break;
            }
            if (Set.of("of", "from").contains(t.lower())) {
                placeList = true;
            }
            LocalEntity e = entities.at(s.index(), k);
            if (e == null) {
                continue;
            }
            if (e.type() != EntityType.LOCATION || placeList) {
                out.add(e.id());
            }
            k = entities.mentionAt(s.index(), k).last();
        }
        return out;
    }

    /**
     * "Envoy Jane Doe is expected to join the talks on Monday": the person joins the talks the article
     * told last (of that kind), and the mention is no event of its own. False when the trigger is not
     * the object of "join", or nothing of that kind was told.
     */
    private static boolean joinsTold(Sentence s, int trigger, ArticleEntities entities, List<Meeting> told) {
        int verb = trigger - 1;
        if (verb > 0 && Set.of("the", "these", "those").contains(s.token(verb).lower())) {
            verb--;
        }
        if (verb < 1
                || !s.token(verb).lemma().equals("join")
                || !"VERB".equals(s.token(verb).pos())) {
            return false;
        }
        LocalEntity subject = null;
        for (int k = verb - 1; k >= 0 && k >= verb - 8; k--) {
            if (Set.of(",", ";", "\"", "“").contains(s.token(k).text())) {
                break;
            }
            LocalEntity e = entities.at(s.index(), k);
            if (e != null && e.type() == EntityType.PERSON && !isPossessive(s, k)) {
                subject = e;
                break;
            }
        }
        String kind = kindOf(s, trigger);
        for (int m = told.size() - 1; subject != null && m >= 0; m--) {
            Meeting o = told.get(m);
            if (o.kind().equals(kind) && !o.isPhone()) {
                Set<LocalEntity> parts = new LinkedHashSet<>(o.participants());
                parts.add(subject);
                told.set(m, new Meeting(o.kind(), parts, o.countries(), o.location(), o.date(), o.planned(), o.span()));
                return true;
            }
        }
        return false;
    }

    /** Replaces the sentence's last meeting, which stays an earlier occasion if it was one. */
    private static void replaceLast(List<Meeting> here, Meeting replacement, Set<Meeting> occasions) {
        Meeting old = here.set(here.size() - 1, replacement);
        if (occasions.remove(old)) {
            occasions.add(replacement);
        }
    }

    /**
     * "Lee and Reed last met at the G20 summit in 2023", "first held talks in 1990": an earlier
     * occasion the story recalls, another event than the one it reports, whatever parties they share.
     */
    private static boolean earlierOccasion(Sentence s, int trigger) {
        int k = trigger - 1;
        if (k > 0
                && "VERB".equals(s.token(k).pos())
                && !"VERB".equals(s.token(trigger).pos())) {
            k--; // "last held talks"
        }
        return k >= 0
                && "VERB".equals(s.token(trigger).pos()) != (k < trigger - 1)
                && Set.of("last", "previously", "first").contains(s.token(k).lower());
    }

    /**
     * "Acme has met Bolt" and "Acme chief A held talks with Bolt boss B" are one meeting, told once by
     * the bodies and once by the people who head them: every body is represented by one of the
     * people, and every person represents one of the bodies (by the posts the article gives them).
     */
    private static void mergeRepresented(List<Meeting> list, List<RoleMention> roleMentions) {
        Map<LocalEntity, Set<String>> orgsOf = new HashMap<>();
        for (RoleMention r : roleMentions) {
            if (r.org() != null && !r.former()) {
                orgsOf.computeIfAbsent(r.person(), p -> new HashSet<>()).add(NameKey.of(r.org()));
            }
        }
        for (int a = 0; a < list.size(); a++) {
            for (int b = 0; b < list.size(); b++) {
                Meeting bodies = list.get(a);
                Meeting people = list.get(b);
                if (a == b
                        || bodies.participants().size() < 2
                        || people.participants().size() < 2
                        || bodies.isPhone() != people.isPhone()
                        || bodies.planned() != people.planned()
                        || bodies.participants().stream().anyMatch(e -> e.type() != EntityType.ORGANIZATION)
                        || people.participants().stream()
                                        .filter(e -> e.type() == EntityType.PERSON)
                                        .count()
                                < 2
                        || !bodies.participants()
                                .containsAll(people.participants().stream()
                                        .filter(e -> e.type() != EntityType.PERSON)
                                        .toList())
                        || conflict(bodies.date(), people.date())
                        || conflict(bodies.location(), people.location())) {
                    continue;
                }
                boolean bodiesRepresented = bodies.participants().stream()
                        .allMatch(o -> people.participants().contains(o)
                                || people.participants().stream().anyMatch(p -> represents(orgsOf.get(p), o)));
                boolean peopleRepresent = people.participants().stream()
                        .filter(p -> p.type() == EntityType.PERSON)
                        .allMatch(p -> bodies.participants().stream().anyMatch(o -> represents(orgsOf.get(p), o)));
                if (!bodiesRepresented || !peopleRepresent) {
                    continue;
                }
                Set<LocalEntity> parts = new LinkedHashSet<>(people.participants());
                parts.addAll(bodies.participants());
                Meeting first = a < b ? bodies : people;
                Meeting merged = new Meeting(
                        Meeting.moreSpecificKind(bodies.kind(), people.kind()),
                        parts,
                        first.countries(),
                        first.location() != null ? first.location() : (a < b ? people : bodies).location(),
                        first.date() != null ? first.date() : (a < b ? people : bodies).date(),
                        first.planned(),
                        first.span());
                list.set(Math.min(a, b), merged);
                list.remove(Math.max(a, b));
                mergeRepresented(list, roleMentions);
                return;
            }
        }
    }

    private static boolean represents(Set<String> orgKeys, LocalEntity org) {
        return orgKeys != null && org.names().stream().map(NameKey::of).anyMatch(orgKeys::contains);
    }

    private static boolean conflict(Object x, Object y) {
        return x != null && y != null && !x.equals(y);
    }

    /** The meeting kind a token triggers, or null. */
    private static String kindOf(Sentence s, int i) {
        Token t = s.token(i);
        String w = t.lower();
        String lemma = t.lemma();
        boolean noun = "NOUN".equals(t.pos()) || "PROPN".equals(t.pos());
        String prev = i > 0 ? s.token(i - 1).lower() : "";
        if (w.equals("summit") || w.equals("summits")) {
            return "summit";
        }
        // "Talks between A and B stalled": the tagger reads a capitalised "Talks" opening a sentence as a verb
        boolean openingNoun = i == 0
                && i + 1 < s.size()
                && Set.of("between", "with", "on", "in", "over", "at")
                        .contains(s.token(i + 1).lower());
        if ((w.equals("talks") || w.equals("negotiations")) && (noun || openingNoun)) {
            return "talks";
        }
        if ((w.equals("call") || w.equals("conversation") || w.equals("conversations") || w.equals("calls"))
                && noun
                && (prev.equals("phone")
                        || prev.equals("telephone")
                        || prev.equals("conference")
                        || followedBy(s, i, "between")
                        || s.token(i).lower().equals("call")
                                && i + 1 < s.size()
                                && s.token(i + 1).lower().equals("with"))) {
            return "phone call"; // "a phone call", "Trump's July 25 call with Zelensky"
        }
        // "spoke" is a verb even where the tagger reads it as a noun ("A and B last spoke by phone")
        if ((lemma.equals("speak") || lemma.equals("talk") || w.equals("spoke"))
                && ("VERB".equals(t.pos()) || w.equals("spoke"))
                && (followedBy(s, i, "phone") || followedBy(s, i, "telephone") || byPhoneLater(s, i))) {
            return "phone call";
        }
        if (w.equals("meeting") && noun) {
            return "meeting";
        }
        if ((w.equals("conference") || w.equals("conferences"))
                && noun
                && !Lexicon.BRIEFING_WORDS.contains(prev)
                && !followedBy(s, i, "call")) {
            return "meeting"; // read only when named parties hold, host or attend it ("a news conference" is none)
        }
        if ((w.equals("conversation") || w.equals("conversations"))
                && noun
                && i + 1 < s.size()
                && s.token(i + 1).lower().equals("with")) {
            return "meeting"; // "two candid conversations with Li Wen" (a phone conversation is caught above)
        }
        if (lemma.equals("sign") && "VERB".equals(t.pos())) {
            return "meeting"; // "the deal was signed in Berlin by X and Y": read as a meeting only with two signers
        }
        if (lemma.equals("meet") && "VERB".equals(t.pos()) && !w.equals("meeting")) {
            return "meeting";
        }
        if (Lexicon.HOSTING_VERBS.contains(lemma) && "VERB".equals(t.pos())) {
            return "meeting"; // "X hosted Y": read as a meeting only when Y is a person
        }
        if (w.equals("meeting") && "VERB".equals(t.pos())) {
            return "meeting";
        }
        return null;
    }

    /**
     * The person the main clause opens with when token {@code i} lies in an opening phrase: a
     * prepositional phrase up to the first comma ("Within hours of his talks with X, Sir Edward told")
     * or a participle phrase ("Leaving a Brussels summit Mr Blair said"). -1 otherwise.
     */
    private static int subjectAfterOpeningPhrase(Sentence s, int i, ArticleEntities entities) {
        Token first = s.token(0);
        boolean participle = "VERB".equals(first.pos()) && first.lower().endsWith("ing");
        if (!participle && !"ADP".equals(first.pos())) {
            return -1;
        }
        int comma = -1;
        for (int k = 1; k < s.size(); k++) {
            if (s.token(k).text().equals(",")) {
                comma = k;
                break;
            }
            if ("VERB".equals(s.token(k).pos())
                    && k > i
                    && !participle
                    && !(k + 1 < s.size()
                            && Set.of("by", "in", "at", "on")
                                    .contains(s.token(k + 1).lower()))) {
                return -1; // "At a conference hosted by X, Y said": a participle inside the phrase is no main verb
            }
        }
        int from = comma > i ? comma + 1 : participle && comma < 0 ? i + 1 : -1;
        if (from < 0) {
            return -1;
        }
        for (int k = from; k < s.size() && k <= from + 6; k++) {
            LocalEntity e = entities.at(s.index(), k);
            if (e != null && e.type() == EntityType.PERSON) {
                int after = entities.mentionAt(s.index(), k).last() + 1;
                return after < s.size()
                                && ("VERB".equals(s.token(after).pos())
                                        || "AUX".equals(s.token(after).pos()))
                        ? e.id()
                        : -1;
            }
            if ("VERB".equals(s.token(k).pos())) {
                return -1;
            }
        }
        return -1;
    }

    /** The organisation or country a sentence opens with, before token {@code before}; null if none. */
    private LocalEntity openingInstitution(Sentence s, int before, ArticleEntities entities) {
        for (int k = 0; k < before && k <= 2; k++) {
            LocalEntity e = entities.at(s.index(), k);
            if (e != null) {
                boolean country = e.type() == EntityType.LOCATION && gazetteer.countryOf(e.name()) != null;
                return e.type() == EntityType.ORGANIZATION || country ? e : null;
            }
        }
        return null;
    }

    /**
     * "The deal was signed in Berlin by Chancellor X and President Y", "X and Y signed the accord":
     * two people who sign one text together met to do it. Needs two named people as signers (after
     * "by", or before the verb); their place and date are the meeting's.
     */
    private Meeting signing(Sentence s, int i, int from, int to, ArticleEntities entities, DateResolver dates) {
        Set<LocalEntity> signers = new LinkedHashSet<>();
        boolean passive = false;
        for (int k = i + 1; k < to; k++) {
            passive |= s.token(k).lower().equals("by");
            LocalEntity e = entities.at(s.index(), k);
            if (passive && e != null && e.type() == EntityType.PERSON) {
                signers.add(e);
            }
        }
        for (int k = from; !passive && k < i; k++) {
            LocalEntity e = entities.at(s.index(), k);
            if (e != null
                    && e.type() == EntityType.PERSON
                    && !isPossessive(s, entities.mentionAt(s.index(), k).last())) {
                signers.add(e);
            }
        }
        if (signers.size() < 2) {
            return null;
        }
        LocalEntity location = null;
        for (int k = i + 1; k + 1 < to && location == null; k++) {
            LocalEntity e = s.token(k).lower().equals("in") ? entities.at(s.index(), k + 1) : null;
            if (e != null && e.type() == EntityType.LOCATION) {
                location = e;
            }
        }
        return new Meeting(
                "meeting",
                signers,
                new LinkedHashSet<>(),
                location,
                dates.find(s, from, to),
                false,
                new Span(s.token(i).start(), s.token(i).end(), s.index()));
    }

    /** Whether a place follows the comma at {@code comma}: "in Port Moresby, Papua New Guinea on ...". */
    private static boolean placeAfter(Sentence s, int comma, ArticleEntities entities) {
        LocalEntity e = comma + 1 < s.size() ? entities.at(s.index(), comma + 1) : null;
        return e != null && e.type() == EntityType.LOCATION;
    }

    /** The holder of a definite post ("the crown prince") that starts at token {@code j}, or -1. */
    private static int holderOfPostAt(
            List<RoleFinder.RolePhrase> posts, int j, List<RoleMention> roleMentions, ArticleEntities entities) {
        for (RoleFinder.RolePhrase p : posts) {
            if (p.startToken() == j) {
                return RoleFinder.holder(p.head(), p.country(), p.org(), roleMentions, entities);
            }
        }
        return -1;
    }

    /** "spoke with Israeli Prime Minister Benjamin Netanyahu by telephone": the means after the party. */
    private static boolean byPhoneLater(Sentence s, int i) {
        for (int k = i + 1; k + 1 < s.size() && k <= i + 14; k++) {
            String w = s.token(k).lower();
            if (Set.of(";", ".", ",", "that", "and").contains(w)) {
                return false;
            }
            if (w.equals("by")
                    && Set.of("phone", "telephone").contains(s.token(k + 1).lower())) {
                return true;
            }
        }
        return false;
    }

    private static boolean followedBy(Sentence s, int i, String word) {
        for (int k = i + 1; k < s.size() && k <= i + 3; k++) {
            if (s.token(k).lower().equals(word)) {
                return true;
            }
        }
        return false;
    }

    private Meeting read(
            Sentence s,
            int i,
            String kind,
            ArticleEntities entities,
            List<RoleMention> roleMentions,
            DateResolver dates,
            AnnotatedText nlp,
            List<Meeting> earlier) {
        Token trigger = s.token(i);
        boolean verb = ("VERB".equals(trigger.pos()) || trigger.lower().equals("spoke"))
                && !kind.equals("talks"); // "Talks/VERB between A and B"
        boolean plural = Set.of("meetings", "summits", "conferences").contains(trigger.lower());
        if (!verb && plural && coordinatedBodies(s, i, entities).size() < 2) {
            return null; // a plural is habitual or generic; "the OECD and WTO summits" are two events
        }
        boolean conference = trigger.lower().startsWith("conference");
        // clause around the trigger: from the last clause break before it to the next after it
        int from = clauseFrom(s, i, i);
        int to = i + 1;
        int reach = i + 14; // how far the event's place may be told
        while (to < s.size()) {
            int closing = closingDash(s, to);
            if (closing < 0) {
                closing = relativeAsideBeforeSetting(s, to);
            }
            if (closing > 0) {
                reach += closing + 1 - to;
                to = closing + 1; // "held talks – the first in a year – in Bergen": the place is the talks'
            } else if (endsClause(s, to, i, entities)) {
                break;
            } else {
                to++;
            }
        }
        int relative = verb ? -1 : relativeSubject(s, i, entities);
        if (relative >= 0) {
            from = i; // "agreed in Oslo to a meeting X wanted with Y": the relative clause is the meeting's own
        }
        for (int k = Math.max(from, i - 6); k < i; k++) {
            if (NEGATION.contains(s.token(k).lower()) && !s.token(k).lower().equals("without")) {
                return null; // "no plans for another phone conversation", "not met"
            }
        }

        if (trigger.lemma().equals("sign")) {
            return signing(s, i, from, to, entities, dates);
        }
        int guest = -1;
        if (verb && Lexicon.HOSTING_VERBS.contains(trigger.lemma())) {
            guest = guestOf(s, i, entities);
            if (guest < 0) {
                return null; // "hosted a dinner", "welcomed the news"
            }
            // "received her counterpart, Ann Lee, in Oslo": the clause goes on after the guest's name
            to = Math.max(
                    to, Math.min(s.size(), entities.mentionAt(s.index(), guest).last() + 2));
        }
        Set<Integer> participants = new LinkedHashSet<>();
        Set<String> countries = new LinkedHashSet<>();
        int namedPlace = -1;
        // "a Putin-Trump summit", "the US-Russia meeting": names joined by hyphens right before
        for (int k = i - 1; k >= 0 && k >= i - 6; k--) {
            Token p = s.token(k);
            LocalEntity e = entities.at(s.index(), k);
            if (e != null
                    && (p.text().contains("-")
                            || (k + 1 < i && s.token(k + 1).text().equals("-"))
                            || (k > 0 && s.token(k - 1).text().equals("-")))) {
                entities.allAt(s.index(), k).forEach(x -> addParty(participants, x));
                continue;
            }
            if (e != null
                    || p.text().equals("-")
                    || p.text().equals("[")
                    || p.text().equals("]")) {
                if (e != null
                        && isPossessive(s, k)
                        && !(verb && !trigger.lower().equals("meeting"))) {
                    addParty(participants, e); // "Berg's call with Lund"; not "Norway's prime minister X met"
                } else if (e != null && e.type() == EntityType.ORGANIZATION && k == i - 1) {
                    addParty(participants, e); // "the G7 meeting", "an IMF summit": the body that meets
                } else if (e != null
                        && e.type() == EntityType.LOCATION
                        && k == i - 1
                        && gazetteer.countryOf(e.name()) == null) {
                    namedPlace = e.id(); // "a Brussels summit": the city it is held in (a country may be a party)
                }
                continue;
            }
            if ("ADJ".equals(p.pos())
                    || "NOUN".equals(p.pos())
                    || p.text().equals("-")
                    || "PROPN".equals(p.pos())
                    || "NUM".equals(p.pos())
                    || Lexicon.isDateWord(p.text())
                    || p.lower().equals("'s")
                    || p.lower().equals("’s")) {
                // "Berg's July 25 call": a date between the owner and the event
                String c = gazetteer.countryOf(p.text());
                if (c != null && p.isCapitalised()) {
                    countries.add(c);
                }
                continue;
            }
            break;
        }
        if (ownersPronoun(s, i)) {
            // "X shakes hands with Y before proceeding to their meeting": "their" is the people before it
            for (int k = 0; k < i; k++) {
                LocalEntity e = entities.at(s.index(), k);
                if (Lexicon.CONTENT_VERBS.contains(s.token(k).lemma())
                        && "VERB".equals(s.token(k).pos())) {
                    participants.clear(); // "A said B and C held their meeting": the speaker is not a party
                } else if (e != null && e.type() == EntityType.PERSON && !isPossessive(s, k)) {
                    addParty(participants, e);
                }
                if (e != null) {
                    k = entities.mentionAt(s.index(), k).last();
                }
            }
        }
        if (!verb) {
            // "The summit, to be held in Oslo, will bring together the leaders of Norway, Sweden and Finland"
            predicateParties(s, i, entities).forEach(id -> addParty(participants, entities.byId(id)));
        }
        int otherPerson = -1;
        // "between X and Y", "with X", "of his Security Council"
        for (int k = i + 1; k < to; k++) {
            String w = s.token(k).lower();
            if (w.equals("of") && entities.at(s.index(), k) != null) {
                continue; // inside a name: "a Group of 20 summit", "the Bank of England"
            }
            if (w.equals("of") && SIDELINES.contains(s.token(k - 1).lower())) {
                continue; // "meet Y on the sidelines of the EU summit": the summit is another event
            }
            if (w.equals("between") || w.equals("with") || w.equals("of") || w.equals("alongside")) {
                boolean of = w.equals("of");
                int r = k + 1 < s.size() && s.token(k + 1).lower().equals("the") ? k + 2 : k + 1;
                if (r < s.size()
                        && "NOUN".equals(s.token(r).pos())
                        && s.token(r).lower().endsWith("s")
                        && Lexicon.isRoleHead(s.token(r).lower().replaceAll("s$", ""))) {
                    break; // "between the presidents of X and Y": posts, not named parties
                }
                for (int j = k + 1; j < s.size() && j <= k + 14; j++) {
                    Token x = s.token(j);
                    boolean namedPost = x.text().equals(",")
                            && Lexicon.isRoleWord(s.token(j - 1).lower())
                            && j + 1 < s.size()
                            && entities.at(s.index(), j + 1) != null
                            && entities.at(s.index(), j + 1).type() == EntityType.PERSON;
                    if (PARTY_LIST_ENDS.contains(x.lower()) && j > k + 1 && !namedPost) {
                        break; // but "with his Chinese counterpart, Bob Li," goes on to the name
                    }
                    LocalEntity e = entities.at(s.index(), j);
                    if (e != null && !isPossessive(s, j)) {
                        if (!of || e.type() == EntityType.ORGANIZATION) {
                            addParty(participants, e);
                        }
                        j = entities.mentionAt(s.index(), j).last();
                        continue;
                    }
                    if (!of && j == k + 1 && objectPronoun(s, j)) {
                        otherPerson = x.start(); // "he had one meeting with him": resolved once the subject is known
                    }
                    String c = x.isCapitalised() ? gazetteer.countryOf(x.text()) : null;
                    if (c != null && !of && !beforeRoleWord(s, j)) {
                        countries.add(c);
                    }
                }
                break;
            }
        }
        // the subject: "Biden and Putin held a summit", "Putin and Trump could meet", "he would meet Putin"
        int verbIndex = verb ? i : governingVerb(s, i, from);
        if (!verb
                && verbIndex >= 0
                && Lexicon.HOSTING_VERBS.contains(s.token(verbIndex).lemma())) {
            guest = guestOf(s, verbIndex, entities); // "X hosted Y in Sochi for talks": Y is at the talks
        }
        if (guest >= 0) {
            participants.add(entities.at(s.index(), guest).id());
        }
        // "X spoke during a trilateral meeting with A and B": X is at it too
        if (!verb && verbIndex < 0 && (participants.size() + countries.size() < 2 || withComplement(s, i, to))) {
            int prep = settingPreposition(s, i);
            if (prep >= 0 && prep == firstWord(s)) {
                // "At their meeting in London, G7 finance ministers backed ...": the subject after the comma
                int comma = -1;
                for (int k = i + 1; k < s.size() && k <= i + 8; k++) {
                    if (s.token(k).text().equals(",")) {
                        comma = k;
                        break;
                    }
                }
                if (comma > 0) {
                    to = comma; // the opening phrase is the meeting's clause; the plans after it are not its
                }
                for (int k = comma + 1; comma > 0 && k < s.size() && k <= comma + 5; k++) {
                    LocalEntity e = entities.at(s.index(), k);
                    if (e != null && e.type() != EntityType.LOCATION && !isPossessive(s, k)) {
                        addParty(participants, e);
                        k = entities.mentionAt(s.index(), k).last();
                    } else if ("VERB".equals(s.token(k).pos())) {
                        break;
                    }
                }
            } else if (prep >= 0) {
                // "Reed told Lee during a meeting in Oslo": the people of the clause met; "EU energy
                // ministers failed to agree at a meeting": the body whose ministers met
                for (int k = Math.max(clauseStart(s, prep), prep - 20); k < prep; k++) {
                    LocalEntity e = entities.at(s.index(), k);
                    if (e != null && e.type() != EntityType.PERSON && delegatesAfter(s, k, entities)) {
                        addParty(participants, e);
                        k = entities.mentionAt(s.index(), k).last();
                        continue;
                    }
                    if (e != null && e.type() == EntityType.PERSON && !isPossessive(s, k)) {
                        int last = entities.mentionAt(s.index(), k).last();
                        if (!saysBefore(s, last + 1, prep)) {
                            addParty(participants, e);
                        }
                        k = last;
                    }
                }
            }
        }
        if (verbIndex >= 0 && !roleMentions.isEmpty()) {
            // "The French president will travel to Oslo to meet X": the post the article gave someone
            int first = from;
            while (first < verbIndex
                    && Set.of("ADV", "CCONJ", "PUNCT").contains(s.token(first).pos())) {
                first++;
            }
            for (RoleFinder.RolePhrase p : roles.definiteRolePhrases(s, entities)) {
                int after = p.endToken() + 1;
                // the post is the subject: not an owner ("the prime minister's office said they would meet")
                // nor the speaker of a clause the trigger is in
                if (p.startToken() == first
                        && !(after < s.size() && isPossessive(s, p.endToken()))
                        && !saysBefore(s, after, verbIndex)) {
                    int holder = RoleFinder.holder(p.head(), p.country(), p.org(), roleMentions, entities);
                    if (holder >= 0) {
                        participants.add(holder);
                    }
                }
            }
        }
        if (verbIndex >= 0) {
            int k = verbIndex - 1;
            boolean[] aside = relativeAsides(s, from, verbIndex);
            while (k >= from) {
                if (aside[k - from]) {
                    k--; // "Acme, which combines the Oslo and Bergen exchanges, began talks": Acme, not the cities
                    continue;
                }
                Token p = s.token(k);
                LocalEntity e = entities.at(s.index(), k);
                if (e != null) {
                    int mf = entities.mentionAt(s.index(), k).first();
                    // "the leaders of Australia, India and the United States held a summit": places in a list
                    int before = mf > 1 && s.token(mf - 1).lower().equals("the") ? mf - 2 : mf - 1;
                    boolean partyPlace = e.type() == EntityType.LOCATION
                            && (k + 1 < s.size() && s.token(k + 1).lower().equals("and")
                                    || k + 2 < s.size()
                                            && s.token(k + 1).text().equals(",")
                                            && entities.at(s.index(), k + 2) != null
                                            && entities.at(s.index(), k + 2).type() == EntityType.LOCATION
                                    || delegatesAfter(s, k, entities)
                                    || before >= 0
                                            && Set.of("and", "from")
                                                    .contains(s.token(before).lower()));
                    if (!isPossessive(s, k) && e.type() != EntityType.LOCATION || partyPlace) {
                        addParty(participants, e);
                    }
                    k = entities.mentionAt(s.index(), k).first() - 1;
                    continue;
                }
                if (p.lower().equals("who") && k > 0 && s.token(k - 1).text().equals(",")) {
                    // "Putin, who was holding a meeting": the subject is before the relative pronoun
                    LocalEntity subj = k >= 2 ? entities.at(s.index(), k - 2) : null;
                    if (subj != null) {
                        addParty(participants, subj);
                    }
                    break;
                }
                if (Set.of("it", "they").contains(p.lower())) {
                    LocalEntity opening = openingInstitution(s, k, entities);
                    if (opening != null) {
                        addParty(participants, opening); // "The EU has announced that it will start talks with Croatia"
                    }
                }
                if (Set.of("he", "she").contains(p.lower())) {
                    int ref = reporter(s, k, entities);
                    if (ref < 0) {
                        ref = recentPersonBesides(entities, p.start(), Set.of(), 0);
                    }
                    if (ref >= 0) {
                        participants.add(ref);
                    }
                }
                String c = p.isCapitalised() ? gazetteer.countryOf(p.text()) : null;
                if (c != null && gazetteer.typesOf(p.text()).isEmpty()) {
                    countries.add(c);
                }
                if (Set.of("said", "says", "that").contains(p.lower())) {
                    break;
                }
                k--;
            }
            if (verb) {
                // object of "meet": "would meet Putin", "met with Dutch Trade Minister Jan de Vries"
                List<RoleFinder.RolePhrase> posts =
                        roleMentions.isEmpty() ? List.of() : roles.definiteRolePhrases(s, entities);
                boolean spokeTo = Set.of("speak", "talk").contains(trigger.lemma())
                        && i + 1 < s.size()
                        && Set.of("to", "with").contains(s.token(i + 1).lower());
                int objectFrom = trigger.lemma().equals("call") && followedBy(s, i, "on") || spokeTo
                        ? i + 2
                        : i + 1; // "called on", "spoke to X by telephone"
                for (int j = objectFrom, limit = i + 9, objectStart = i; j < s.size() && j <= limit; j++) {
                    LocalEntity e = entities.at(s.index(), j);
                    if (e != null && e.type() == EntityType.PERSON) {
                        participants.add(e.id());
                        int last = entities.mentionAt(s.index(), j).last();
                        if (last + 2 < s.size()
                                && Set.of("and", ",").contains(s.token(last + 1).lower())
                                && !"VERB".equals(s.token(last + 2).pos())) {
                            j = last + 1; // "met Austrian Chancellor A and Slovak President B": each of them
                            limit = j + 7;
                            objectStart = j;
                            continue;
                        }
                        break;
                    }
                    int holder = holderOfPostAt(posts, j, roleMentions, entities);
                    if (holder >= 0) {
                        participants.add(holder); // "met the crown prince": the article's crown prince
                        break;
                    }
                    if (e != null && e.type() != EntityType.PERSON && delegatesAfter(s, j, entities)) {
                        addParty(participants, e); // "to meet European Union envoys": the Union takes part
                        break;
                    }
                    Token x = s.token(j);
                    if (x.text().equals(",") && j > objectFrom && namedPostAt(s, j, entities)) {
                        continue; // "to meet his Polish counterpart, Li Wen,": the post, then its holder
                    }
                    int holderComma = x.lower().equals("of") && j > objectFrom ? postOfHolderComma(s, j, entities) : -1;
                    if (holderComma > 0) {
                        j = holderComma; // "met the head of the Polish delegation, Li Wen,": the post, then its holder
                        limit = j + 4;
                        continue;
                    }
                    boolean titleWord = Lexicon.isRoleWord(x.lower()) || Lexicon.HONORIFICS.contains(x.lower());
                    boolean title = titleWord
                            || x.isCapitalised() && !"PUNCT".equals(x.pos()) // "met European Commission President X"
                            || gazetteer.countryOf(x.text()) != null
                            || Set.of("the", "his", "her", "their", "with", "probably", "soon", "'s", "’s")
                                    .contains(x.lower()) // "meet Jordan's King Bob Brown"
                            || e != null; // "met LSE chief executive Clara Furse"
                    if (!title || j > objectStart + 4 && !titleWord && e == null) {
                        break;
                    }
                    if (e != null) {
                        j = entities.mentionAt(s.index(), j).last();
                    }
                }
            }
        }
        if (verb && i <= 1 && trigger.lower().endsWith("ing")) {
            // "Meeting the crown prince on Friday, Vice Premier Han Zheng said ...": the subject after the comma met
            for (int k = i + 1, comma = -1; k < s.size() && (comma < 0 || k <= comma + 8); k++) {
                if (comma < 0) {
                    comma = s.token(k).text().equals(",") ? k : -1;
                    continue;
                }
                LocalEntity e = entities.at(s.index(), k);
                if (e != null && e.type() == EntityType.PERSON) {
                    participants.add(e.id());
                    break;
                }
                if ("VERB".equals(s.token(k).pos())) {
                    break;
                }
            }
        }
        if (otherPerson >= 0 && !participants.isEmpty()) {
            int other = recentPersonBesides(entities, otherPerson, participants, s.index() - 1);
            if (other >= 0) {
                participants.add(other);
            }
        }
        if (!verb) {
            // "Within hours of his final talks with Mr Thorpe, Sir Edward told ...", "Leaving a Brussels
            // summit Mr Blair said": the subject of the clause after an opening phrase took part
            int subject = subjectAfterOpeningPhrase(s, i, entities);
            if (subject >= 0) {
                participants.add(subject);
            }
        }
        int location = -1;
        for (int k = Math.max(0, from); k < Math.min(to + 4, Math.min(s.size(), reach)); k++) {
            if (Set.of("in", "at").contains(s.token(k).lower()) && k + 1 < s.size() && attachesToEvent(s, k, i)) {
                int j = k + 1;
                if (j < s.size() && s.token(j).lower().equals("the")) {
                    j++;
                }
                LocalEntity e = j < s.size() ? entities.at(s.index(), j) : null;
                if (e != null && e.type() == EntityType.LOCATION) {
                    location = e.id();
                    if (k > i) {
                        break;
                    }
                } else if (k > i && j < s.size() && s.token(j).isCapitalised()) {
                    reach = Math.max(reach, j + 8); // "at the Hall of the Nations in Oslo": the venue's town
                }
            }
        }
        for (int k = i; location < 0 && k >= Math.max(0, from); k--) {
            // "will travel to Lisbon for talks with", "visited Lisbon on Monday and met": where the party went
            boolean visitNoun = "NOUN".equals(s.token(k).pos())
                    && Set.of("visit", "trip", "tour").contains(s.token(k).lower())
                    && k + 1 < s.size()
                    && s.token(k + 1).lower().equals("to"); // "During a visit to Vienna, X met Y"
            if (visitNoun
                    || "VERB".equals(s.token(k).pos())
                            && Lexicon.TRAVEL_VERBS.contains(s.token(k).lemma())) {
                location = travelDestination(s, k, entities);
            }
        }
        if (location < 0) {
            // "the Saudi meeting": a demonym names the host country
            for (int k = i - 1; k >= 0 && k >= i - 2; k--) {
                String c = s.token(k).isCapitalised()
                        ? gazetteer.countryOf(s.token(k).text())
                        : null;
                if (c != null
                        && participants.isEmpty()
                        && countries.size() == 1
                        && "ADJ".equals(s.token(k).pos())
                        && dates.find(s, i, to) != null) { // "the Saudi meeting on Tuesday"
                    location = findLocation(entities, c);
                    countries.clear();
                }
            }
        }
        for (int k = i + 1; location < 0 && k + 2 < Math.min(s.size(), i + 8); k++) {
            if (s.token(k).lemma().equals("host") && s.token(k + 1).lower().equals("by")) {
                LocalEntity e = entities.at(s.index(), k + 2);
                if (e != null && e.type() == EntityType.LOCATION) {
                    location = e.id(); // "a summit set to be hosted by Indonesia"
                }
            }
        }
        if (location < 0) {
            location = namedPlace;
        }
        int tail = captionTail(s);
        if (location < 0 && tail > i) {
            location = placeBefore(s, i + 1, tail, entities);
        }
        participants.remove(location);
        for (Integer p : List.copyOf(participants)) {
            LocalEntity e = entities.byId(p);
            String country = e.type() == EntityType.LOCATION && gazetteer.countryOf(e.name()) == null
                    ? gazetteer.countryOfPlace(e.name())
                    : null;
            if (country != null) {
                participants.remove(p); // "talks with Ankara": a city that takes part stands for its country
                countries.add(country);
            }
        }
        String pair = pairSubject(s, i, from);
        if (participants.size() + countries.size() < 2 && pair != null && !earlier.isEmpty()) {
            // "The two leaders agreed to meet again": the parties of the meeting the article told last,
            // when they are two of the kind the noun names
            Meeting last = earlier.get(earlier.size() - 1);
            long people = last.participants().stream()
                    .filter(e -> e.type() == EntityType.PERSON)
                    .count();
            long bodies = last.participants().size() - people + last.countries().size();
            if (pair.equals("person") ? people == 2 && bodies <= 1 : people == 0 && bodies == 2) {
                last.participants().forEach(e -> participants.add(e.id()));
                countries.addAll(last.countries());
            }
        }
        if (relative >= 0) {
            participants.add(relative); // "the meeting Prime Minister Ann Lee wanted with him"
        }
        int host = verb ? -1 : hostAgent(s, i, entities);
        if (host >= 0) {
            participants.add(host); // "a conference on trade hosted by Finance Minister Tom Reed"
        }
        if (conference
                && (participants.size() + countries.size() < 2
                        || host < 0
                                && !(verbIndex >= 0
                                        && Lexicon.MEETING_SUPPORT_VERBS.contains(
                                                s.token(verbIndex).lemma())))) {
            // "told the party conference", "at the spring conference": a venue; "the party will hold its
            // conference in Leeds": one body's own gathering, not a meeting of parties
            return null;
        }
        int persons = (int) participants.stream()
                .filter(p -> entities.byId(p).type() == EntityType.PERSON)
                .count();
        int parties = participants.size() + countries.size();
        boolean withOthers = persons == 1 && verbIndex >= 0 && !verb && withComplement(s, i, to);
        boolean ownBody = parties == 1
                && persons == 0
                && !verb
                && i > 0
                && entities.at(s.index(), i - 1) != null
                && entities.at(s.index(), i - 1).type() == EntityType.ORGANIZATION; // "Tuesday's Ecofin meeting"
        if (parties < 2
                && location < 0
                && !(persons == 1 && hasOrg(participants, entities))
                && !withOthers
                && !ownBody) {
            return null;
        }
        if (parties == 0
                && !verb
                && !earlier.isEmpty()
                && i > 0
                && s.token(i - 1).lower().equals("the")
                && (location < 0
                        || entities.byId(location).mentions().stream()
                                .noneMatch(m -> m.sentence() == s.index() && m.first() > i))) {
            // "met in Berlin to prepare the summit": the one the article has told of, not a new event ("the
            // talks in Oslo" name their own place)
            return null;
        }
        if (parties == 0 && (location < 0 || verb)) {
            return null;
        }
        int eventFrom = from;
        for (int k = from; k < i; k++) {
            if (Lexicon.CONTENT_VERBS.contains(s.token(k).lemma())
                    && "VERB".equals(s.token(k).pos())) {
                eventFrom = k + 1; // "Trump said on Tuesday that he would meet": Tuesday dates the saying
                for (int j = k + 1; j < i && j <= k + 8; j++) {
                    if (s.token(j).lower().equals("that")) {
                        eventFrom = j + 1;
                        break;
                    }
                }
            }
        }
        int predicate = verb ? -1 : predicateAfterApposition(s, to);
        // "The meeting between A and B, the first since 2019, is scheduled for Wednesday"
        boolean planned = planned(s, eventFrom, to, i, verb)
                || predicate >= 0 && planned(s, predicate, Math.min(s.size() - 1, predicate + 3), i, false);
        int dateTo = to;
        for (int k = i + 1; k < to; k++) {
            if (Set.of("since", "until", "till").contains(s.token(k).lower())) {
                dateTo = k; // "the first time they met since the invasion in February": not the meeting's date
                break;
            }
        }
        String date = dates.find(s, eventFrom, dateTo);
        if (date == null && !planned && eventFrom == from) {
            date = dates.find(s, 0, from); // "On Feb. 12, Putin and Trump held their first phone conversation"
        }
        if (date == null && tail > i) {
            date = dates.find(s, tail, s.size());
        }
        if (parties == 0 && kind.equals("meeting") && date == null) {
            return null; // "a meeting in London": too generic to be an event of its own
        }
        // read as ids above; the meeting refers to the entities themselves
        Set<LocalEntity> takingPart = new LinkedHashSet<>();
        participants.forEach(id -> takingPart.add(entities.byId(id)));
        return new Meeting(
                kind,
                takingPart,
                countries,
                location < 0 ? null : entities.byId(location),
                date,
                planned,
                new Span(trigger.start(), trigger.end(), s.index()));
    }

    /**
     * Where a photo caption's dateline starts: a sentence that ends "..., Tallinn, Estonia, Tuesday, May 10,
     * 2022." names the place and day of what the picture shows, however far from the event word they
     * stand. The index of the dateline's first token, or -1 when the sentence does not end so.
     */
    static int captionTail(Sentence s) {
        int k = s.size() - 1;
        if (k > 0 && s.token(k).text().equals(")")) {
            while (k > 0 && !s.token(k).text().equals("(")) {
                k--; // the picture credit, "(AP Photo/Dita Alangkara, Pool)"
            }
            k--;
        }
        while (k >= 0 && s.token(k).text().equals(".")) {
            k--;
        }
        if (k < 3 || !s.token(k).text().matches("(?:19|20)\\d\\d\\.?")) {
            return -1;
        }
        k--;
        if (s.token(k).text().equals(",")) {
            k--;
        }
        if (!s.token(k).text().matches("\\d{1,2}")
                || DateResolver.month(s.token(k - 1).lower()) == null) {
            return -1;
        }
        k--;
        if (k >= 2
                && s.token(k - 1).text().equals(",")
                && Lexicon.WEEKDAYS.contains(s.token(k - 2).lower())) {
            k -= 2; // "Friday, July 8, 2022"
        }
        return k;
    }

    /** The first place named "in X" or "at X" among tokens [from, to), or -1. */
    private static int placeBefore(Sentence s, int from, int to, ArticleEntities entities) {
        for (int k = from; k + 1 < to; k++) {
            if (Set.of("in", "at").contains(s.token(k).lower())) {
                int j = s.token(k + 1).lower().equals("the") ? k + 2 : k + 1;
                LocalEntity e = j < to ? entities.at(s.index(), j) : null;
                if (e != null && e.type() == EntityType.LOCATION) {
                    return e.id();
                }
            }
        }
        return -1;
    }

    /** "summit in Vienna", "met on Tuesday in Oslo" - but not "the conflict in Europe". */
    private static boolean attachesToEvent(Sentence s, int prep, int trigger) {
        if (prep == 0) {
            return false;
        }
        Token before = s.token(prep - 1);
        if (prep - 1 == trigger) {
            return true;
        }
        if ("VERB".equals(s.token(trigger).pos())
                && prep > trigger
                && "in".equals(s.token(prep).lower())) {
            return true; // "met Ms Lund and the association's chairman in Brambury": where the meeting was
        }
        if (prep > trigger
                && prep - trigger <= 4
                && (Set.of("held", "hosted", "staged", "convened").contains(before.lower())
                        || before.lower().equals("place")
                                && s.token(prep - 2).lemma().equals("take"))) {
            return true; // "the meeting taking place in Oslo", "a summit being held in Lima"
        }
        boolean time =
                Set.of("month", "week", "year", "day", "weekend", "end", "time").contains(before.lower());
        if ("NOUN".equals(before.pos())
                && !(before.isCapitalised() && prep > 1) // "the Hall of Nations in Oslo": a venue's name
                && !Lexicon.isDateWord(before.text())
                && !Lexicon.VENUE_WORDS.contains(before.lower())
                && !time) { // "at the end of this month in Lima" still places the event
            return false; // "the conflict in Europe" - but "met X at the party conference in Leeds"
        }
        return !"ADJ".equals(before.pos());
    }

    /**
     * Where the trigger's clause starts: at the last clause break before token {@code k}, a comma
     * counting once the clause is long; a relative aside (", which ... ,") is inside the clause.
     */
    private static int clauseFrom(Sentence s, int k, int trigger) {
        int from = k;
        while (from > 0
                && !Set.of(";", ".", "—", "–").contains(s.token(from - 1).text())
                && !(s.token(from - 1).text().equals(",") && trigger - from > 6 && !listComma(s, from - 1))) {
            from--;
        }
        int opening = from > 1 ? openingDash(s, from - 1) : -1;
        if (opening > 0) {
            return clauseFrom(s, opening, trigger); // "X – who arrived late – met Y": the aside is the clause's own
        }
        if (from > 1 && s.token(from - 1).text().equals(",") && companions(s, from)) {
            return clauseFrom(s, from - 1, trigger); // the aside is the clause's own: "X, along with Y, attended"
        }
        if (from > 3 && s.token(from - 1).text().equals(",")) {
            // "Japan's trade minister, Kenji Sato, is due to arrive ... and will hold talks": the name set
            // off after its post is the subject
            int j = from - 2;
            while (j > 0 && s.token(j).isProperNoun() && s.token(j).isCapitalised()) {
                j--;
            }
            if (j < from - 2
                    && j > 0
                    && s.token(j).text().equals(",")
                    && Lexicon.isRoleWord(s.token(j - 1).lower())) {
                return j + 1;
            }
        }
        if (from > 1 && s.token(from - 1).text().equals(",")) {
            for (int j = from - 2; j > 0; j--) {
                if (s.token(j).text().equals(",")) {
                    if (Set.of("which", "who").contains(s.token(j + 1).lower()) || companions(s, j + 1)) {
                        // "Acme, which combines ..., began talks"; "X, along with his Spanish counterpart, attended"
                        return clauseFrom(s, j, trigger);
                    }
                    break;
                }
            }
        }
        return from;
    }

    /** "with him", "with her on Friday"; not the possessive "with her Swedish counterpart". */
    private static boolean objectPronoun(Sentence s, int k) {
        String w = s.token(k).lower();
        return w.equals("him")
                || w.equals("her")
                        && !(k + 1 < s.size()
                                && Set.of("NOUN", "ADJ", "PROPN", "NUM")
                                        .contains(s.token(k + 1).pos()));
    }

    /** Whether token {@code to}, after the trigger at {@code i}, ends the trigger's clause. */
    private static boolean endsClause(Sentence s, int to, int i, ArticleEntities entities) {
        Token t = s.token(to);
        return Set.of(";", ".", "—", "-", "–", "“", "\"").contains(t.text())
                || t.lower().equals("that") && "SCONJ".equals(t.pos())
                // "a meeting on July 10 when X told Y they would ...": another clause
                || t.lower().equals("when")
                || t.text().equals(",")
                        && to - i > 3
                        && !placeAfter(s, to, entities)
                        && !namedPostAt(s, to, entities) // "meet his counterpart, Li Wen, in Bergen"
                || t.text().equals(",")
                        && to + 1 < s.size()
                        && Set.of("who", "which", "whose")
                                .contains(s.token(to + 1).lower())
                || Set.of("and", "but").contains(t.lower())
                        && to + 1 < s.size()
                        && "VERB".equals(s.token(to + 1).pos());
    }

    /**
     * "held talks with X, who is on a visit to Norway, at the palace in Oslo": the comma that closes a
     * relative aside opened at {@code comma} when the event's setting follows it, or -1.
     */
    private static int relativeAsideBeforeSetting(Sentence s, int comma) {
        if (!s.token(comma).text().equals(",")
                || comma + 1 >= s.size()
                || !Set.of("who", "which").contains(s.token(comma + 1).lower())) {
            return -1;
        }
        for (int k = comma + 2; k + 1 < s.size() && k <= comma + 15; k++) {
            String w = s.token(k).text();
            if (w.equals(",")) {
                return Set.of("at", "in").contains(s.token(k + 1).lower()) ? k : -1;
            }
            if (Set.of(";", ".", ":", "\"", "“").contains(w)) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * The dash that closes the aside a dash at {@code dash} opens ("held talks – the first in a year – in
     * Bergen"), or -1.
     */
    private static int closingDash(Sentence s, int dash) {
        return pairedDash(s, dash, 1);
    }

    /** The dash that opens the aside a dash at {@code dash} closes ("X – who arrived late – met Y"), or -1. */
    private static int openingDash(Sentence s, int dash) {
        return pairedDash(s, dash, -1);
    }

    /** The same dash a few words away in direction {@code step}, with no clause break between; -1 if none. */
    private static int pairedDash(Sentence s, int dash, int step) {
        String d = s.token(dash).text();
        if (!Set.of("–", "—").contains(d)) {
            return -1;
        }
        for (int j = dash + step; j > 0 && j + 1 < s.size() && Math.abs(j - dash) <= 12; j += step) {
            String w = s.token(j).text();
            if (w.equals(d)) {
                return j;
            }
            if (Set.of(";", ".", ":").contains(w)) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * A comma between names of a list that ends in "and": "the leaders of Australia, India, Japan and
     * the United States". Only names, commas and "the" between it and the "and".
     */
    private static boolean listComma(Sentence s, int comma) {
        if (comma == 0 || !s.token(comma - 1).isProperNoun()) {
            return false;
        }
        for (int k = comma + 1; k + 1 < s.size(); k++) {
            Token t = s.token(k);
            if (t.lower().equals("and")) {
                int j = k + 1 < s.size() && s.token(k + 1).lower().equals("the") ? k + 2 : k + 1;
                int names = j;
                while (j < s.size()
                        && s.token(j).isCapitalised()
                        && !"PUNCT".equals(s.token(j).pos())) {
                    j++;
                }
                // "the Paris, Amsterdam and Lisbon stock exchanges": names modifying a noun are no parties
                return k > comma + 1
                        && j > names
                        && !(j < s.size() && "NOUN".equals(s.token(j).pos()));
            }
            if (!(t.isCapitalised() && !"PUNCT".equals(t.pos())
                    || t.text().equals(",")
                    || t.lower().equals("the"))) {
                return false;
            }
        }
        return false;
    }

    /** "along with", "together with", "alongside", "accompanied by" at {@code k}: an aside naming who comes too. */
    private static boolean companions(Sentence s, int k) {
        String w = s.token(k).lower();
        String next = k + 1 < s.size() ? s.token(k + 1).lower() : "";
        return w.equals("alongside")
                || Set.of("along", "together").contains(w) && next.equals("with")
                || w.equals("accompanied") && next.equals("by");
    }

    /** Tokens from {@code from} to {@code to} inside a relative clause set off by commas (", which ... ,"). */
    private static boolean[] relativeAsides(Sentence s, int from, int to) {
        boolean[] out = new boolean[Math.max(0, to - from)];
        for (int k = from; k + 1 < to; k++) {
            if (s.token(k).text().equals(",")
                    && Set.of("which", "who").contains(s.token(k + 1).lower())) {
                // the aside closes at the last comma before the verb: its own lists have commas too
                for (int j = to - 1; j > k + 1; j--) {
                    if (s.token(j).text().equals(",")) {
                        for (int x = k; x <= j; x++) {
                            out[x - from] = true;
                        }
                        k = j;
                        break;
                    }
                }
            }
        }
        return out;
    }

    /** "Russian President ...", "the Russian and US presidents": a demonym that qualifies a post. */
    /** A comma between a post and the person who holds it: "his Polish counterpart, Li Wen". */
    private static boolean namedPostAt(Sentence s, int comma, ArticleEntities entities) {
        return comma > 0
                && comma + 1 < s.size()
                && Lexicon.isRoleWord(s.token(comma - 1).lower())
                && entities.at(s.index(), comma + 1) != null
                && entities.at(s.index(), comma + 1).type() == EntityType.PERSON;
    }

    /**
     * After a post and "of" ("the head of the Polish delegation, Li Wen"): the comma before the name
     * of the one who holds it, or -1. Only the post's domain (articles, adjectives, nouns, names)
     * stands between.
     */
    private static int postOfHolderComma(Sentence s, int of, ArticleEntities entities) {
        if (!Lexicon.isRoleHead(s.token(of - 1).lower())) {
            return -1;
        }
        for (int k = of + 1; k + 1 < s.size() && k <= of + 6; k++) {
            Token t = s.token(k);
            if (t.text().equals(",")) {
                LocalEntity e = entities.at(s.index(), k + 1);
                return k > of + 1 && e != null && e.type() == EntityType.PERSON ? k : -1;
            }
            if (!Set.of("DET", "ADJ", "NOUN", "PROPN").contains(t.pos())) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean beforeRoleWord(Sentence s, int k) {
        for (int j = k + 1; j < s.size() && j <= k + 3; j++) {
            String w = s.token(j).lower();
            if (Lexicon.isRoleWord(w)
                    || Lexicon.isRoleWord(w.replaceAll("s$", ""))
                    || w.equals("presidents")
                    || w.equals("leaders")) {
                return true;
            }
            if (!(w.equals("and") || w.equals(",") || s.token(j).isCapitalised())) {
                return false;
            }
        }
        return false;
    }

    /** "their meeting", "their first bilateral talks": the event word is owned by "their". */
    private static boolean ownersPronoun(Sentence s, int trigger) {
        for (int k = trigger - 1; k >= 0 && k >= trigger - 3; k--) {
            if (s.token(k).lower().equals("their")) {
                return true;
            }
            if (!Set.of("ADJ", "NUM").contains(s.token(k).pos())) {
                return false;
            }
        }
        return false;
    }

    /** "held a private meeting with senior union figures": others take part, named or not. */
    private static boolean withComplement(Sentence s, int trigger, int to) {
        for (int k = trigger + 1; k < Math.min(to, trigger + 3); k++) {
            if (s.token(k).lower().equals("with")) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasOrg(Set<Integer> participants, ArticleEntities entities) {
        return participants.stream().anyMatch(p -> entities.byId(p).type() == EntityType.ORGANIZATION);
    }

    private static int findLocation(ArticleEntities entities, String name) {
        for (LocalEntity e : entities.ofType(EntityType.LOCATION)) {
            if (e.name().equalsIgnoreCase(name)) {
                return e.id();
            }
        }
        return -1;
    }

    private static void addParty(Set<Integer> participants, LocalEntity e) {
        participants.add(e.id());
    }

    private static boolean isPossessive(Sentence s, int k) {
        return k + 1 < s.size()
                && (s.token(k + 1).lower().equals("’s")
                        || s.token(k + 1).lower().equals("'s"));
    }

    /**
     * Whether a reporting verb other than "tell" stands in [from, to): "Trump said after the meeting"
     * tells when he spoke, not that he took part; "Reed told Lee during a meeting" names both.
     */
    private static boolean saysBefore(Sentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            Token t = s.token(k);
            if ("VERB".equals(t.pos())
                    && Lexicon.CONTENT_VERBS.contains(t.lemma())
                    && !t.lemma().equals("tell")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the clause holding token {@code k} starts: after the last ";", dash or colon before it.
     * Commas do not end it: asides ("X, right, and Y walk during their meeting") sit between a
     * subject and its verb.
     */
    private static int clauseStart(Sentence s, int k) {
        for (int j = k - 1; j >= 0; j--) {
            if (Set.of(";", "—", "–", ":").contains(s.token(j).text())) {
                return j + 1;
            }
        }
        return 0;
    }

    private static int firstWord(Sentence s) {
        int k = 0;
        while (k < s.size() && "PUNCT".equals(s.token(k).pos())) {
            k++;
        }
        return k;
    }

    /**
     * Words that end the list of parties after "with" or "between": a place, a time, a topic or a
     * clause of its own ("talks with X the day after Y made its bid").
     */
    private static final Set<String> PARTY_LIST_ENDS = Set.of(
            ",",
            ".",
            ";",
            "on",
            "in",
            "at",
            "since",
            "which",
            "that",
            "who",
            "to",
            "for",
            "after",
            "before",
            "when",
            "while",
            "amid",
            "ahead",
            "despite",
            "following",
            "because",
            "over",
            "about");

    private static final Set<String> SETTING_PREPOSITIONS = Set.of("during", "at", "after", "before", "in");

    /**
     * The preposition that makes a meeting noun the setting of its clause ("told Lee during a
     * meeting", "said after the talks"): its token index, or -1.
     */
    private static int settingPreposition(Sentence s, int noun) {
        for (int k = noun - 1; k >= 0 && k >= noun - 6; k--) {
            Token t = s.token(k);
            if (SETTING_PREPOSITIONS.contains(t.lower())) {
                return k;
            }
            if (!("DET".equals(t.pos())
                    || "ADJ".equals(t.pos())
                    || "NUM".equals(t.pos())
                    || Lexicon.isDateWord(t.text())
                    || "PROPN".equals(t.pos()) // "at a NATO summit"
                    || "NOUN".equals(t.pos()) && k == noun - 1 // "at an emergency meeting", "at a cabinet meeting"
                    || t.isCapitalised() && k > 0
                    || t.lower().equals("of") && k > 0 && s.token(k - 1).isCapitalised() // "a Group of 20 summit"
                    || Set.of("their", "his", "her", "its", "our").contains(t.lower()))) {
                return -1;
            }
        }
        return -1;
    }

    /** The verb a meeting noun is the object of: "held a summit", "had a phone call". */
    private static int governingVerb(Sentence s, int noun, int from) {
        boolean object = true; // no preposition between: "held talks", "a round of talks", not "sought it in talks"
        for (int k = noun - 1; k >= from; k--) {
            Token t = s.token(k);
            if ("VERB".equals(t.pos()) && k > 0 && s.token(k - 1).text().equals("-")) {
                continue; // "held wide-ranging talks": a participle inside a compound adjective
            }
            if ("VERB".equals(t.pos())
                    || ("AUX".equals(t.pos()) && Set.of("have", "be").contains(t.lemma()))) {
                if (Lexicon.MEETING_SUPPORT_VERBS.contains(t.lemma()) && object) {
                    return k;
                }
                // "will travel to Lisbon next week for talks with Y": the traveller takes part
                return Lexicon.TRAVEL_VERBS.contains(t.lemma()) && forPurpose(s, noun, k) ? k : -1;
            }
            boolean hyphenated = k + 1 < s.size() && s.token(k + 1).text().equals("-"); // "an in-person meeting"
            if ("ADP".equals(t.pos()) && !t.lower().equals("of") && !hyphenated) {
                object = false;
            }
        }
        return -1;
    }

    /** The place a verb of travelling goes to: "travel to Lisbon", "arrived in Oslo", "visited the Hague"; -1 if none. */
    private static int travelDestination(Sentence s, int verb, ArticleEntities entities) {
        int j = verb + 1;
        if (j + 1 < s.size()
                && Set.of("on", "back").contains(s.token(j).lower())
                && s.token(j + 1).lower().equals("to")) {
            j++; // "travel on to Paris", "fly back to Oslo"
        }
        if (j < s.size() && Set.of("to", "in").contains(s.token(j).lower())) {
            j++;
        }
        if (j < s.size() && s.token(j).lower().equals("the")) {
            j++;
        }
        LocalEntity e = j < s.size() ? entities.at(s.index(), j) : null;
        return e != null && e.type() == EntityType.LOCATION && !isPossessive(s, j) ? e.id() : -1;
    }

    /**
     * "The two leaders agreed to meet", "both sides will hold talks": a pair named by a plural noun
     * before the trigger; the kind of parties it names ("person" or "body"), or null.
     */
    private static String pairSubject(Sentence s, int trigger, int from) {
        for (int k = Math.max(from, trigger - 8); k + 1 < trigger; k++) {
            String w = s.token(k).lower();
            boolean pair = w.equals("two") && k > 0 && s.token(k - 1).lower().equals("the") || w.equals("both");
            String kind = pair ? Lexicon.PAIR_NOUNS.get(s.token(k + 1).lower()) : null;
            if (kind != null) {
                return kind;
            }
        }
        return null;
    }

    /**
     * The body or country named at {@code k} is followed by the people it sends: "European Union
     * energy ministers", "Ruritanian negotiators", "Acme officials".
     */
    private static boolean delegatesAfter(Sentence s, int k, ArticleEntities entities) {
        LocalEntity e = entities.at(s.index(), k);
        if (e == null || e.type() == EntityType.PERSON || isPossessive(s, k)) {
            return false;
        }
        for (int j = entities.mentionAt(s.index(), k).last() + 1; j < s.size() && j <= k + 5; j++) {
            Token x = s.token(j);
            if (Lexicon.DELEGATE_NOUNS.contains(x.lower())) {
                return true;
            }
            if (!Set.of("NOUN", "ADJ").contains(x.pos()) || x.isCapitalised() || entities.at(s.index(), j) != null) {
                return false;
            }
        }
        return false;
    }

    /**
     * The person a verb of hosting receives: "hosted Russian President Vladimir Putin", "received his
     * Brazilian counterpart, Mauro Vieira"; the token where the name starts, or -1 when the object is
     * no person ("hosted a dinner").
     */
    private static int guestOf(Sentence s, int verb, ArticleEntities entities) {
        for (int j = verb + 1; j < s.size() && j <= verb + 10; j++) {
            LocalEntity e = entities.at(s.index(), j);
            if (e != null) {
                return e.type() == EntityType.PERSON && !isPossessive(s, j) ? j : -1;
            }
            Token x = s.token(j);
            boolean describing = Set.of("DET", "ADJ", "PROPN").contains(x.pos())
                    || Set.of("his", "her", "their", "its").contains(x.lower())
                    || Lexicon.isRoleWord(x.lower())
                    || x.text().equals(",")
                            && j > verb + 1
                            && Lexicon.isRoleWord(s.token(j - 1).lower());
            if (!describing) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * The bodies named in a coordination right before a plural meeting noun: "the OECD and WTO summits",
     * "the OECD, G20 and IMF conferences"; their entity ids in order, empty when there is no such list.
     */
    private static List<Integer> coordinatedBodies(Sentence s, int noun, ArticleEntities entities) {
        List<Integer> bodies = new ArrayList<>();
        int k = noun - 1;
        while (k >= 0) {
            LocalEntity e = entities.at(s.index(), k);
            if (e == null || e.type() != EntityType.ORGANIZATION || isPossessive(s, k)) {
                break;
            }
            bodies.add(0, e.id());
            k = entities.mentionAt(s.index(), k).first() - 1;
            if (k < 0 || !Set.of("and", ",").contains(s.token(k).lower())) {
                break;
            }
            k--;
        }
        return bodies.size() >= 2 ? bodies : List.of();
    }

    /**
     * The subject of a relative clause that qualifies a meeting noun: "a meeting Prime Minister Ann Lee
     * wanted with him", "the talks that Jane Doe held with Bolt"; the person's id, or -1.
     */
    private static int relativeSubject(Sentence s, int noun, ArticleEntities entities) {
        int j = noun + 1;
        if (j < s.size() && s.token(j).lower().equals("that")) {
            j++;
        }
        for (int limit = j + 4; j < s.size() && j <= limit; j++) {
            LocalEntity e = entities.at(s.index(), j);
            if (e != null) {
                int after = entities.mentionAt(s.index(), j).last() + 1;
                boolean support = after < s.size()
                        && "VERB".equals(s.token(after).pos())
                        && Lexicon.MEETING_SUPPORT_VERBS.contains(s.token(after).lemma());
                return e.type() == EntityType.PERSON && support ? e.id() : -1;
            }
            Token x = s.token(j);
            if (!(Lexicon.isRoleWord(x.lower()) || Lexicon.HONORIFICS.contains(x.lower()) || x.isCapitalised())) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Who hosts, organises or chairs the meeting a noun names: "a conference on trade hosted by Finance
     * Minister Tom Reed", "talks chaired by the UN"; a person's or body's id, or -1 (a place hosting
     * it is its location).
     */
    private static int hostAgent(Sentence s, int noun, ArticleEntities entities) {
        for (int k = noun + 1; k + 1 < s.size() && k <= noun + 8; k++) {
            Token t = s.token(k);
            if (Set.of(",", ";", ".").contains(t.text())) {
                return -1;
            }
            if (!(Lexicon.HOSTING_AGENT_VERBS.contains(t.lemma())
                    && s.token(k + 1).lower().equals("by"))) {
                continue;
            }
            for (int j = k + 2; j < s.size() && j <= k + 8; j++) {
                LocalEntity e = entities.at(s.index(), j);
                if (e != null) {
                    return e.type() == EntityType.LOCATION || isPossessive(s, j) ? -1 : e.id();
                }
                Token x = s.token(j);
                if (!(Lexicon.isRoleWord(x.lower())
                        || x.isCapitalised()
                        || Set.of("the", "its", "his", "her").contains(x.lower()))) {
                    return -1;
                }
            }
            return -1;
        }
        return -1;
    }

    /**
     * The verb a subject goes on to after an apposition that ends a meeting noun's clause at {@code
     * comma}: "The talks between A and B, the first since 2019, are due on Friday"; its index, or -1.
     */
    private static int predicateAfterApposition(Sentence s, int comma) {
        if (comma >= s.size() || !s.token(comma).text().equals(",")) {
            return -1;
        }
        for (int k = comma + 1; k + 1 < s.size() && k <= comma + 8; k++) {
            Token t = s.token(k);
            if ("VERB".equals(t.pos()) || "AUX".equals(t.pos()) || QuoteMarks.isQuoteMark(t.text())) {
                return -1; // a clause of its own, not an apposition
            }
            if (t.text().equals(",")) {
                Token next = s.token(k + 1);
                return "AUX".equals(next.pos()) || "VERB".equals(next.pos()) ? k + 1 : -1;
            }
        }
        return -1;
    }

    /**
     * "Brandt called Polish President Marek Nowicki on Tuesday to discuss ...": "call" with a person as
     * its object and nothing after the person but a time, a purpose or the clause's end (not "called
     * him a liar", "called on Y to resign", "called for talks").
     */
    private static boolean calledPerson(Sentence s, int verb, ArticleEntities entities) {
        Token v = s.token(verb);
        if (!"VERB".equals(v.pos()) || !v.lemma().equals("call") || verb == 0) {
            return false;
        }
        // a caller right before: "Brandt called", "she called", "the president has called"; not "an
        // Austrian called Adolf", where "called" names
        int b = verb - 1;
        while (b > 0 && Set.of("AUX", "ADV").contains(s.token(b).pos())) {
            b--;
        }
        LocalEntity caller = entities.at(s.index(), b);
        Token before = s.token(b);
        boolean hasCaller = caller != null && caller.type() == EntityType.PERSON && !isPossessive(s, b)
                || Set.of("he", "she", "they", "i", "we").contains(before.lower())
                || Lexicon.isRoleHead(before.lower());
        if (!hasCaller) {
            return false;
        }
        // "Minister X called on Lindgren at her hotel": a courtesy call, in person; "called on X to resign" asks
        boolean callOn = verb + 1 < s.size() && s.token(verb + 1).lower().equals("on");
        for (int j = callOn ? verb + 2 : verb + 1; j < s.size() && j <= verb + 7; j++) {
            LocalEntity e = entities.at(s.index(), j);
            if (e != null) {
                if (e.type() != EntityType.PERSON || isPossessive(s, j)) {
                    return false;
                }
                int after = entities.mentionAt(s.index(), j).last() + 1;
                if (after >= s.size()) {
                    return true;
                }
                Token a = s.token(after);
                if (callOn) {
                    return !(a.lower().equals("to")
                            && after + 1 < s.size()
                            && "VERB".equals(s.token(after + 1).pos()));
                }
                return Set.of(".", ",", ";", "and").contains(a.lower())
                        || Lexicon.isDateWord(a.text())
                        || Set.of("on", "late", "last", "earlier", "by").contains(a.lower())
                        || a.lower().equals("to")
                                && after + 1 < s.size()
                                && "VERB".equals(s.token(after + 1).pos());
            }
            Token x = s.token(j);
            if (!(Lexicon.isRoleWord(x.lower())
                    || x.isCapitalised() && !"PUNCT".equals(x.pos())
                    || Set.of("his", "her", "their").contains(x.lower()))) {
                return false;
            }
        }
        return false;
    }

    private static final Set<String> SIDELINES =
            Set.of("sidelines", "sideline", "margins", "margin", "fringes", "fringe");

    /** "on the sidelines of the G20 meeting", "on the margins of a summit": the event where another one happens. */
    private static boolean onSidelines(Sentence s, int noun) {
        for (int k = noun - 1; k >= 1 && k >= noun - 6; k--) {
            Token t = s.token(k);
            if (t.lower().equals("of")) {
                return SIDELINES.contains(s.token(k - 1).lower());
            }
            if ("VERB".equals(t.pos()) || "PUNCT".equals(t.pos())) {
                return false;
            }
        }
        return false;
    }

    /** "for (further) talks", "for a summit": the meeting noun is the purpose of what comes before. */
    private static boolean forPurpose(Sentence s, int noun, int after) {
        int k = noun - 1;
        while (k > after && Set.of("DET", "ADJ").contains(s.token(k).pos())) {
            k--;
        }
        return k > after && s.token(k).lower().equals("for");
    }

    /** "Trump said ... that he would meet Putin": the pronoun after a reporting verb is its subject. */
    private static int reporter(Sentence s, int pronoun, ArticleEntities entities) {
        for (int k = pronoun - 1; k >= 0; k--) {
            if (Lexicon.CONTENT_VERBS.contains(s.token(k).lemma())
                    && "VERB".equals(s.token(k).pos())) {
                for (int j = k - 1; j >= 0; j--) {
                    LocalEntity e = entities.at(s.index(), j);
                    if (e != null && e.type() == EntityType.PERSON) {
                        return e.id();
                    }
                }
                return -1;
            }
        }
        return -1;
    }

    /** The person mentioned last before {@code offset}, from sentence {@code fromSentence} on, who is not one of {@code besides}; -1 if none. */
    private static int recentPersonBesides(
            ArticleEntities entities, int offset, Set<Integer> besides, int fromSentence) {
        int best = -1;
        int bestStart = -1;
        for (LocalEntity e : entities.ofType(EntityType.PERSON)) {
            if (besides.contains(e.id())) {
                continue;
            }
            for (var m : e.mentions()) {
                if (m.start() < offset && m.start() > bestStart && m.sentence() >= fromSentence) {
                    best = e.id();
                    bestStart = m.start();
                }
            }
        }
        return best;
    }

    private static boolean planned(Sentence s, int from, int to, int trigger, boolean verb) {
        Token t = s.token(trigger);
        if (verb && Lexicon.MEETING_PAST_VERBS.contains(t.lower())) {
            return false;
        }
        for (int k = Math.max(0, from); k < Math.min(s.size(), to + 2); k++) {
            String w = s.token(k).lower();
            if (Lexicon.PLAN_WORDS.contains(w)) {
                return true;
            }
            if (w.equals("take") && k + 1 < s.size() && s.token(k + 1).lower().equals("place")) {
                return true;
            }
            if (w.equals("due")
                    && k + 2 < s.size()
                    && (!s.token(k + 1).lower().equals("to")
                            || "VERB".equals(s.token(k + 2).pos()))) {
                return true; // "is due to meet", "talks are due on Friday"; not "stalled due to a row"
            }
            if (w.equals("to") && k + 1 < s.size() && s.token(k + 1).lower().equals("be")) {
                return true;
            }
            if (w.equals("to")
                    && k + 1 <= trigger
                    && k + 1 >= trigger - 3
                    && Set.of("VERB", "ADJ").contains(s.token(k + 1).pos())) { // the tagger reads "to open" as ADJ too
                return true; // "the deal to open formal talks", "agreed to meet": not yet held
            }
        }
        return false;
    }

    /** Adds a meeting, or merges it into one it repeats (same kind family, status and compatible parties). */
    private static void mergeInto(List<Meeting> list, Meeting m, boolean sameSentence, Set<Meeting> apart) {
        mergeInto(list, m, sameSentence, list.size(), Map.of(), apart);
    }

    /**
     * As {@link #mergeInto(List, Meeting, boolean, Set)}, looking only at the first {@code limit} meetings of
     * the list. Places {@code within} others by the article are no conflict: the meeting of a body
     * "in Norway" and its meeting "in Bergen, Norway" are one event, placed where every report of it
     * agrees (the larger place).
     */
    private static void mergeInto(
            List<Meeting> list,
            Meeting m,
            boolean sameSentence,
            int limit,
            Map<LocalEntity, Set<LocalEntity>> within,
            Set<Meeting> apart) {
        for (int k = 0; k < limit; k++) {
            Meeting o = list.get(k);
            if (apart.contains(o) || o.isPhone() != m.isPhone() || o.planned() != m.planned()) {
                continue;
            }
            // parties named or known by country: talks of the EU with Croatia and of the EU with Turkey differ
            Set<Object> mine = parties(m);
            Set<Object> theirs = parties(o);
            boolean sameParties = !m.participants().isEmpty()
                    && !o.participants().isEmpty()
                    && (theirs.containsAll(mine) || mine.containsAll(theirs));
            boolean samePlace = m.location() != null && m.location().equals(o.location());
            boolean nested = m.location() != null
                    && o.location() != null
                    && (within.getOrDefault(m.location(), Set.of()).contains(o.location())
                            || within.getOrDefault(o.location(), Set.of()).contains(m.location()));
            boolean placeConflict = m.location() != null
                    && o.location() != null
                    && !m.location().equals(o.location())
                    && !(nested && ofABody(m) && ofABody(o));
            boolean dateConflict =
                    m.date() != null && o.date() != null && !m.date().equals(o.date());
            // two bilateral meetings at one venue on one day: "A meets B" and "C meets D" in captions
            boolean otherPeople = m.participants().size() >= 2
                    && o.participants().size() >= 2
                    && !theirs.containsAll(mine)
                    && !mine.containsAll(theirs);
            // "A and B held a bilateral meeting on the margins of the summit": at the summit's place, yet
            // an event of its own
            boolean bilateralAtSummit = !sameSentence
                    && !sameParties
                    && o.kind().equals("summit") != m.kind().equals("summit")
                    && (o.participants().size() >= 2 || m.participants().size() >= 2);
            if (placeConflict && !sameSentence || dateConflict || otherPeople && !sameSentence || bilateralAtSummit) {
                continue;
            }
            if (sameSentence || sameParties || samePlace) {
                Set<LocalEntity> parts = new LinkedHashSet<>(o.participants());
                parts.addAll(m.participants());
                Set<String> countries = new LinkedHashSet<>(o.countries());
                countries.addAll(m.countries());
                String kind = Meeting.moreSpecificKind(o.kind(), m.kind());
                LocalEntity loc = o.location() != null ? o.location() : m.location();
                if (nested && within.getOrDefault(o.location(), Set.of()).contains(m.location())) {
                    loc = m.location();
                }
                String date = o.date() != null ? o.date() : m.date();
                list.set(k, new Meeting(kind, parts, countries, loc, date, o.planned(), o.span()));
                return;
            }
        }
        list.add(m);
    }

    /** A meeting of bodies (a summit of the G20), whose reports may name its town or its region. */
    private static boolean ofABody(Meeting m) {
        return !m.participants().isEmpty()
                && m.participants().stream().anyMatch(e -> e.type() == EntityType.ORGANIZATION);
    }

    /**
     * The places the article puts inside others: a place, a comma and a larger place ("Holmen, Bergen,
     * Indonesia"), each place inside all that follow it; not a list ("Oslo, Bergen and Lisbon").
     */
    private static Map<LocalEntity, Set<LocalEntity>> containers(AnnotatedText nlp, ArticleEntities entities) {
        Map<LocalEntity, Set<LocalEntity>> out = new HashMap<>();
        for (Sentence s : nlp.sentences()) {
            for (int i = 0; i < s.size(); i++) {
                LocalEntity first = entities.at(s.index(), i);
                if (first == null || first.type() != EntityType.LOCATION) {
                    continue;
                }
                List<LocalEntity> chain = new ArrayList<>(List.of(first));
                int k = entities.mentionAt(s.index(), i).last() + 1;
                while (k + 1 < s.size() && s.token(k).text().equals(",")) {
                    LocalEntity next = entities.at(s.index(), k + 1);
                    if (next == null || next.type() != EntityType.LOCATION) {
                        break;
                    }
                    chain.add(next);
                    k = entities.mentionAt(s.index(), k + 1).last() + 1;
                }
                boolean list =
                        k < s.size() && Set.of("and", "or").contains(s.token(k).lower());
                if (chain.size() >= 2 && !list) {
                    for (int a = 0; a < chain.size(); a++) {
                        for (int b = a + 1; b < chain.size(); b++) {
                            if (!chain.get(a).equals(chain.get(b))) {
                                out.computeIfAbsent(chain.get(a), x -> new HashSet<>())
                                        .add(chain.get(b));
                            }
                        }
                    }
                }
                i = k - 1;
            }
        }
        return out;
    }

    /** The meeting's named parties and its countries known only by a demonym, as one set to compare. */
    private static Set<Object> parties(Meeting m) {
        Set<Object> out = new java.util.HashSet<>(m.participants());
        out.addAll(m.countries());
        return out;
    }
}

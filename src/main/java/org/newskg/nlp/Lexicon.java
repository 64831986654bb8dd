package org.newskg.nlp;

import java.util.Locale;
import java.util.Set;

/**
 * General English word classes that news extraction leans on: titles and posts, speech verbs,
 * organisation and place head nouns. These are properties of the language and of news writing,
 * not of any article or person.
 */
public final class Lexicon {
    private Lexicon() {}

    /** Nouns that name a post or function; the head of a role phrase. */
    public static final Set<String> ROLE_HEADS = WordList.load("role-heads");

    /** Who speaks for an institution without being named: "a party spokesman", "officials said". */
    public static final Set<String> SPOKESPERSONS = WordList.load("spokespersons");

    /**
     * Courtesy titles ("Mr", "Dr", "Sir"): which take a surname and which imply a gender. The one
     * list of them; {@link #HONORIFICS} includes them.
     */
    public static final CourtesyTitles COURTESY_TITLES = CourtesyTitles.load("courtesy-titles");

    /**
     * Titles that may stand before a name without a country: the courtesy titles with and without a
     * full stop ("Mr", "Mr.") and the titles of rank and office ("Sen.", "General", "President").
     */
    public static final Set<String> HONORIFICS = honorifics();

    private static Set<String> honorifics() {
        Set<String> out = new java.util.LinkedHashSet<>();
        for (String t : COURTESY_TITLES.words()) {
            out.add(t);
            out.add(t + ".");
        }
        out.addAll(WordList.load("honorifics"));
        return java.util.Collections.unmodifiableSet(out);
    }

    /** Words that modify a role head: "Foreign", "Prime", "Deputy", "former". */
    public static final Set<String> ROLE_MODIFIERS = WordList.load("role-modifiers");

    /** Verbs that report speech or a stated position (lemmas). */
    public static final Set<String> SPEECH_VERBS = WordList.load("speech-verbs");

    /** Speech verbs whose object is reported content (not a complement clause) are fewer than the above. */
    public static final Set<String> CONTENT_VERBS = WordList.load("content-verbs");

    /** Speech acts whose content is a noun phrase or an infinitive: "urged restraint", "accused X of". */
    public static final Set<String> DIRECTIVE_VERBS = WordList.load("directive-verbs");

    /** Verbs of judging, naming or asking whose object may be a short quote: "slammed X as a 'disgrace'". */
    public static final Set<String> JUDGING_VERBS = WordList.load("judging-verbs");

    /** Words that make a meeting planned rather than held: "could meet", "a proposed summit". */
    public static final Set<String> PLAN_WORDS = WordList.load("plan-words");

    /** Past forms that make a meeting held: "met", "held talks". */
    public static final Set<String> MEETING_PAST_VERBS = WordList.load("meeting-past-verbs");

    /** Nouns of gatherings whose place is the meeting's: "at the spring conference in Leeds". */
    public static final Set<String> VENUE_WORDS = WordList.load("venue-words");

    /** Auxiliaries and adverbs between a speaker and the speech verb: "X has also repeatedly said". */
    public static final Set<String> SKIP_BEFORE_VERB = WordList.load("skip-before-verb");

    /** Speech verbs whose object is who was spoken to ("told BBC News"), never the speaker. */
    public static final Set<String> ADDRESSEE_VERBS = WordList.load("addressee-verbs");

    /** Nouns that introduce a place's name: "the city of X", "the island of X". */
    public static final Set<String> SETTLEMENT_WORDS = WordList.load("settlement-words");

    /** Verbs that report speech only with a that-clause: "posted on X that ...". */
    public static final Set<String> THAT_SPEECH_VERBS = WordList.load("that-speech-verbs");

    /** Nouns for speech acts: "X's remarks that ...", "a Bloomberg report that ...". */
    public static final Set<String> SPEECH_NOUNS = WordList.load("speech-nouns");

    /** Common nouns that head a described institution: "Spain's foreign ministry", "the German government". */
    public static final Set<String> INSTITUTION_HEADS = WordList.load("institution-heads");

    /** Short forms of organisations, lower case ("tories", "lib dems"): each names an organisation. */
    public static final Set<String> ORGANISATION_FORMS =
            WordList.loadMap("organisation-forms").keySet();

    /** Verbs of asking someone to act: "asked the council to reopen the road". */
    /** Nouns of a phrase between a speech verb and its content: "said on Tuesday that", "wrote on social media that". */
    public static final Set<String> SPEECH_ADJUNCT_NOUNS = WordList.load("speech-adjunct-nouns");

    /** Verbs whose subject takes part in the meeting their object names: "held talks", "hosted a summit". */
    public static final Set<String> MEETING_SUPPORT_VERBS = WordList.load("meeting-support-verbs");
    /** Plural nouns for the people a body sends: "EU energy ministers" meeting is the EU's meeting. */
    public static final Set<String> DELEGATE_NOUNS = WordList.load("delegate-nouns");
    /** Verbs by which a meeting gathers its parties: "The talks involve A and B" ("bring together" too). */
    public static final Set<String> GATHERING_VERBS = WordList.load("gathering-verbs");
    /** Adverbs between a verb of saying and its "that": "said afterwards that". */
    public static final Set<String> SPEECH_ADVERBS = WordList.load("speech-adverbs");
    /** Abbreviated titles and the posts they stand for: "Sen." is a senator. */
    public static final java.util.Map<String, String> TITLE_ABBREVIATIONS = WordList.loadMap("title-abbreviations");
    /** "the two leaders", "both sides": the two parties the article has just shown meeting. */
    public static final java.util.Map<String, String> PAIR_NOUNS = WordList.loadMap("pair-nouns");
    /** Titles of rank, not office: "Prince X, the Saudi foreign minister," holds a post besides. */
    public static final Set<String> RANK_TITLES = WordList.load("rank-titles");
    /** Verbs of receiving a guest: "X hosted Y in Sochi" is a meeting when Y is a person. */
    public static final Set<String> HOSTING_VERBS = WordList.load("hosting-verbs");
    /** Verbs whose agent after "by" runs a meeting: "a conference hosted by X", "talks chaired by Y". */
    public static final Set<String> HOSTING_AGENT_VERBS = WordList.load("hosting-agent-verbs");
    /** Words before "conference" that make it a briefing, not a meeting: "a news conference". */
    public static final Set<String> BRIEFING_WORDS = WordList.load("briefing-words");
    /** Verbs of travelling "for" a meeting: "will travel to Lisbon for talks with". */
    public static final Set<String> TRAVEL_VERBS = WordList.load("travel-verbs");

    /** Lower-case particles inside personal names: "bin Salman", "von der Leyen", "da Silva". */
    public static final Set<String> NAME_PARTICLES = WordList.load("name-particles");

    public static final Set<String> REQUEST_VERBS = WordList.load("request-verbs");

    /** The people around a person who speak as a group: "Mr Reed's supporters say". */
    public static final Set<String> ENTOURAGE_NOUNS = WordList.load("entourage-nouns");

    /** Nouns that after "the" refer back to an organisation just named: "the company said". */
    public static final Set<String> GENERIC_ORG_NOUNS = WordList.load("generic-org-nouns");

    /** Oceans and seas named without a place word: "the Pacific", "the Baltic". */
    public static final Set<String> WATER_BODIES = WordList.load("water-bodies");

    /** Head nouns that make a proper-noun phrase an organisation. */
    public static final Set<String> ORG_WORDS = WordList.load("org-words");
    /** Texts that call for things themselves: "a resolution calling for a ceasefire". */
    public static final Set<String> DOCUMENT_NOUNS = WordList.load("document-nouns");
    /** News agencies, papers and broadcasters: organisations whatever their form ("Al Jazeera"). */
    public static final Set<String> NEWS_OUTLETS = WordList.load("news-outlets");

    /** Head nouns of places: "Persian Gulf", "White House", "Red Square". */
    public static final Set<String> PLACE_WORDS = WordList.load("place-words");

    /** Compass adjectives that make a named region: "eastern Europe". */
    public static final Set<String> COMPASS = WordList.load("compass");

    /** Names of groups of people, not of anyone: "Muslim", "Catholics". */
    public static final Set<String> GROUP_NOUNS = WordList.load("group-nouns");

    /** Head nouns of named plans, laws, prizes and works: "Marshall Plan", "Nobel Prize". */
    public static final Set<String> WORK_WORDS = WordList.load("work-words");

    /** Continents: with a compass word in front they name a region ("eastern Europe"). */
    public static final Set<String> CONTINENTS = WordList.load("continents");

    public static final Set<String> LOCATIVE_PREPOSITIONS = WordList.load("locative-prepositions");

    public static final Set<String> MONTHS = WordList.load("months");

    public static final Set<String> WEEKDAYS = WordList.load("weekdays");

    /** Capitalised words that are never names on their own. */
    public static final Set<String> NOT_NAMES = WordList.load("not-names");

    public static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    public static boolean isRoleHead(String word) {
        return ROLE_HEADS.contains(lower(word));
    }

    public static boolean isRoleWord(String word) {
        String w = lower(word);
        return ROLE_HEADS.contains(w) || ROLE_MODIFIERS.contains(w);
    }

    public static boolean isDateWord(String word) {
        String w = lower(word).replace(".", "");
        return MONTHS.contains(w) || WEEKDAYS.contains(w);
    }
}

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
    public static final Set<String> ROLE_HEADS = Set.of(
            "president", "vice-president", "minister", "secretary", "spokesman", "spokeswoman", "spokesperson",
            "chancellor", "premier", "senator", "governor", "mayor", "ambassador", "envoy", "king", "queen",
            "prince", "princess", "pope", "general", "commander", "commander-in-chief", "chairman", "chairwoman",
            "chair", "chief", "director", "ceo", "leader", "adviser", "advisor", "aide", "judge", "justice",
            "prosecutor", "attorney", "attorney-general", "lawmaker", "congressman", "congresswoman", "mp", "mep",
            "head", "negotiator", "official", "diplomat", "commissioner", "executive", "founder", "coach",
            "manager", "captain", "boss", "economist", "analyst", "professor", "counterpart", "predecessor",
            "successor", "emir", "sultan", "sheikh", "admiral", "marshal", "colonel", "lieutenant", "representative",
            "deputy", "speaker", "treasurer", "controller", "president-elect", "chief-of-staff", "press secretary",
            "governor-general", "monarch", "dictator", "strongman", "foreign secretary", "home secretary",
            "editor", "reporter", "correspondent", "spokesmen", "chairperson", "superintendent", "inspector",
            "chief executive", "vice", "partner", "owner", "candidate", "nominee", "presenter", "star", "striker",
            "midfielder", "defender", "goalkeeper", "player", "singer", "actor", "actress", "author", "writer",
            "president's", "delegate", "emissary", "undersecretary", "under-secretary", "archbishop", "bishop", "cardinal",
            "chief constable", "coordinator", "journalist", "member", "specialist", "counselor", "counsellor",
            "lawyer", "host", "agent", "officer", "councillor", "strategist", "consultant");

    /** Who speaks for an institution without being named: "a party spokesman", "officials said". */
    public static final Set<String> SPOKESPERSONS = Set.of(
            "spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokespeople", "official", "officials",
            "source", "sources", "representative", "representatives");

    /** Titles that may stand before a name without a country: "Mr", "Dr", "Sen.". */
    public static final Set<String> HONORIFICS = Set.of(
            "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame", "lord", "lady", "sen.", "rep.",
            "gov.", "gen.", "col.", "lt.", "capt.", "prof", "prof.", "lt", "col", "gen", "capt", "maj", "maj.", "sgt",
            "sgt.", "cpl", "adm", "adm.", "cmdr", "rev", "rev.", "president", "prime", "chancellor", "king",
            "queen", "prince", "princess", "pope", "sheikh", "emir", "general", "judge", "justice", "senator",
            "governor", "mayor", "minister", "secretary", "ambassador", "chairman", "director", "coach", "saint");

    /** Words that modify a role head: "Foreign", "Prime", "Deputy", "former". */
    public static final Set<String> ROLE_MODIFIERS = Set.of(
            "foreign", "prime", "deputy", "vice", "crown", "defence", "defense", "interior", "finance", "economy", "economic",
            "trade", "home", "health", "justice", "energy", "culture", "education", "state", "chief", "executive",
            "acting", "interim", "supreme", "senior", "top", "special", "presidential", "press", "security",
            "national", "general", "former", "then", "ex", "current", "outgoing", "incoming", "first", "new",
            "shadow", "junior", "assistant", "permanent", "agriculture", "environment", "transport", "labour",
            "labor", "industry", "development", "treasury", "armed", "forces", "of", "for", "affairs",
            "military", "intelligence", "cabinet", "communications", "digital", "technology", "science",
            "commerce", "sports", "sport", "culture,", "immigration", "work", "pensions", "business", "european",
            "international", "foreign-policy", "team", "party", "opposition", "majority", "minority", "house",
            "senate", "white", "deputy-prime", "co", "co-", "governing", "ruling", "club", "league");

    /** Verbs that report speech or a stated position (lemmas). */
    public static final Set<String> SPEECH_VERBS = Set.of(
            "say", "tell", "add", "stress", "note", "warn", "confirm", "deny", "insist", "claim", "state", "announce",
            "explain", "argue", "suggest", "signal", "indicate", "emphasize", "emphasise", "reiterate", "restate",
            "declare", "acknowledge", "admit", "assert", "predict", "promise", "pledge", "vow", "urge", "reply",
            "respond", "answer", "remark", "observe", "caution", "clarify", "contend", "maintain", "report", "write",
            "tweet", "comment", "concede", "complain", "hint", "reveal", "disclose", "recall", "mention", "underline",
            "underscore", "affirm", "allege", "conclude", "counter", "describe", "estimate", "forecast", "believe",
            "think", "ask", "demand", "agree", "welcome", "criticise", "criticize", "dismiss", "accuse",
            "joke", "quip", "testify", "speculate", "specify", "point", "repeat", "assure", "boast", "lament");

    /** Speech verbs whose object is reported content (not a complement clause) are fewer than the above. */
    public static final Set<String> CONTENT_VERBS = Set.of(
            "say", "tell", "add", "stress", "note", "warn", "confirm", "deny", "insist", "claim", "state", "announce",
            "explain", "argue", "suggest", "signal", "indicate", "emphasize", "emphasise", "reiterate", "restate",
            "declare", "acknowledge", "admit", "assert", "predict", "promise", "pledge", "vow", "reply", "respond",
            "answer", "remark", "observe", "caution", "clarify", "contend", "maintain", "report", "write", "tweet",
            "concede", "complain", "hint", "reveal", "disclose", "recall", "mention", "underline", "underscore",
            "affirm", "allege", "conclude", "counter", "describe", "estimate", "forecast", "joke", "quip", "testify",
            "specify", "repeat", "assure", "boast", "lament", "point", "agree");

    /** Nouns for speech acts: "X's remarks that ...", "a Bloomberg report that ...". */
    public static final Set<String> SPEECH_NOUNS = Set.of(
            "report", "remarks", "remark", "comments", "comment", "claim", "claims", "statement", "assertion",
            "announcement", "warning", "suggestion", "assurance", "assurances", "promise", "pledge", "allegation",
            "allegations", "insistence", "argument", "prediction", "reports", "words", "testimony", "admission");

    /** Head nouns that make a proper-noun phrase an organisation. */
    public static final Set<String> ORG_WORDS = Set.of(
            "council", "ministry", "department", "party", "times", "post", "news", "bank", "agency", "union",
            "organization", "organisation", "committee", "commission", "court", "corp", "corp.", "inc", "inc.",
            "ltd", "ltd.", "plc", "group", "association", "university", "college", "institute", "parliament",
            "congress", "senate", "assembly", "federation", "league", "alliance", "fund", "foundation", "company",
            "co", "co.", "airlines", "airways", "motors", "bureau", "office", "service", "services", "police",
            "army", "navy", "forces", "guard", "club", "network", "journal", "gazette", "herald", "telegraph",
            "tribune", "press", "broadcasting", "television", "radio", "channel", "studios", "records", "trust",
            "board", "authority", "exchange", "reserve", "cabinet", "government", "administration", "secretariat",
            "church", "mission", "front", "movement", "brigade", "tv", "fc", "holdings", "systems", "technologies",
            "pharmaceuticals", "group's", "society", "institution", "academy", "school", "hospital", "council's",
            "media", "magazine", "daily", "review", "weekly", "broadcaster", "parliament's", "unit", "coalition");

    /** Head nouns of places: "Persian Gulf", "White House", "Red Square". */
    public static final Set<String> PLACE_WORDS = Set.of(
            "gulf", "sea", "ocean", "river", "mountains", "mountain", "valley", "strait", "straits", "peninsula",
            "bay", "island", "islands", "lake", "desert", "coast", "region", "province", "square", "street",
            "avenue", "palace", "house", "building", "tower", "castle", "bridge", "airport", "port", "canal",
            "channel", "basin", "plateau", "plain", "hills", "heights", "district", "county", "oblast", "state",
            "city", "village", "town", "park", "stadium", "arena", "harbour", "harbor", "cape", "border",
            "continent", "east", "west", "north", "south");

    /** Compass adjectives that make a named region: "eastern Europe". */
    public static final Set<String> COMPASS = Set.of(
            "eastern", "western", "northern", "southern", "central", "north", "south", "east", "west",
            "north-eastern", "north-western", "south-eastern", "south-western", "northeastern", "northwestern",
            "southeastern", "southwestern", "northeast", "northwest", "southeast", "southwest");

    /** Names of groups of people, not of anyone: "Muslim", "Catholics". */
    public static final Set<String> GROUP_NOUNS = Set.of(
            "muslim", "muslims", "christian", "christians", "catholic", "catholics", "jew", "jews", "jewish", "hindu",
            "hindus", "sikh", "sikhs", "buddhist", "buddhists", "protestant", "protestants", "islamic", "arab",
            "arabs", "briton", "britons", "democrats", "republicans", "conservatives", "tories", "socialists",
            "liberals", "greens", "europeans", "westerners", "loyalists", "republican", "unionists", "nationalists");

    /** Head nouns of named plans, laws, prizes and works: "Marshall Plan", "Nobel Prize". */
    public static final Set<String> WORK_WORDS = Set.of(
            "plan", "act", "bill", "doctrine", "treaty", "accord", "accords", "agreement", "convention",
            "declaration", "prize", "award", "awards", "cup", "trophy", "medal", "law", "programme", "program",
            "initiative", "strategy", "inquiry", "report", "protocol", "charter", "games", "olympics",
            "championship", "championships", "open", "festival", "show", "album", "film", "novel");

    /** Continents: with a compass word in front they name a region ("eastern Europe"). */
    public static final Set<String> CONTINENTS = Set.of("europe", "asia", "africa", "america", "americas", "australia",
            "antarctica", "eurasia");

    public static final Set<String> LOCATIVE_PREPOSITIONS = Set.of(
            "in", "at", "from", "to", "near", "across", "throughout", "within", "into", "outside", "inside",
            "towards", "toward", "via", "around", "visit", "visited", "visiting");

    public static final Set<String> MONTHS = Set.of(
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
            "dec");

    public static final Set<String> WEEKDAYS = Set.of(
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

    /** Capitalised words that are never names on their own. */
    public static final Set<String> NOT_NAMES = Set.of(
            "i", "the", "a", "an", "he", "she", "it", "we", "they", "this", "that", "these", "those", "his", "her",
            "its", "their", "our", "my", "your", "mr", "mrs", "ms", "dr", "but", "and", "or", "so", "if", "as",
            "in", "on", "at", "by", "for", "with", "from", "to", "of", "after", "before", "although", "while",
            "when", "where", "what", "who", "why", "how", "there", "here", "yes", "no", "not", "all", "some",
            "many", "most", "more", "other", "another", "both", "each", "every", "any", "such", "one", "two",
            "three", "first", "second", "last", "next", "new", "also", "however", "meanwhile", "still", "now",
            "then", "today", "yesterday", "tomorrow", "tonight", "asked", "speaking", "according", "despite",
            "unlike", "like", "regarding", "following", "during", "since", "until", "over", "under", "about",
            "against", "between", "among", "through", "without", "within", "naturally", "indeed", "instead",
            "sources", "officials", "analysts", "experts", "read", "watch", "photo", "video", "update", "updated",
            "breaking", "exclusive", "live", "opinion", "editorial", "analysis", "explainer", "ok", "okay", "oh",
            "earlier", "later", "just", "even", "only", "again", "well", "perhaps", "maybe", "meeting", "talks",
            "summit", "war", "peace", "said",
            "says", "told", "added", "will", "would", "could", "should", "can", "may", "must", "might", "shall");

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

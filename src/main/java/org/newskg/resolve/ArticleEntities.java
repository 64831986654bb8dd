package org.newskg.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newskg.nlp.Lexicon;
import org.newskg.nlp.ner.EntityType;
import org.newskg.nlp.ner.NameMention;

/**
 * In-article identity: groups name mentions into entities. A surname alone is the person whose
 * full name ends in it (the first introduced before it when two share a surname); places and
 * organisations are grouped by spelling-insensitive name.
 */
public final class ArticleEntities {
    private final List<LocalEntity> all;
    private final Map<Long, List<LocalEntity>> byToken = new HashMap<>();

    private ArticleEntities(List<LocalEntity> all) {
        this.all = List.copyOf(all);
        for (LocalEntity e : this.all) {
            for (NameMention m : e.mentions()) {
                for (int t = m.first(); t <= m.last(); t++) {
                    List<LocalEntity> here = byToken.computeIfAbsent(pos(m.sentence(), t), k -> new ArrayList<>(1));
                    if (!here.contains(e)) {
                        here.add(e);
                    }
                }
            }
        }
    }

    private static long pos(int sentence, int token) {
        return ((long) sentence << 20) | token;
    }

    public List<LocalEntity> all() {
        return all;
    }

    /** The entity whose {@link LocalEntity#id()} this is. */
    public LocalEntity byId(int id) {
        return all.get(id); // ids are given in the order of all()
    }

    public List<LocalEntity> ofType(EntityType t) {
        return all.stream().filter(e -> e.type() == t).toList();
    }

    /** The entity one of whose mentions covers this token, or null. */
    public LocalEntity at(int sentence, int token) {
        List<LocalEntity> here = byToken.get(pos(sentence, token));
        return here == null ? null : here.get(0);
    }

    /** Every entity with a mention on this token: "Putin-Trump" is one token and two people. */
    public List<LocalEntity> allAt(int sentence, int token) {
        return byToken.getOrDefault(pos(sentence, token), List.of());
    }

    /** The mention covering this token, or null. */
    public NameMention mentionAt(int sentence, int token) {
        LocalEntity e = at(sentence, token);
        if (e == null) {
            return null;
        }
        for (NameMention m : e.mentions()) {
            if (m.sentence() == sentence && m.first() <= token && token <= m.last()) {
                return m;
            }
        }
        return null;
    }

    public static ArticleEntities group(List<NameMention> mentions) {
        return group(mentions, "");
    }

    /**
     * As {@link #group(List)}, reading the words just before each mention in {@code text}: a single
     * name after a title that takes a surname ({@link Lexicon#COURTESY_TITLES}) is a surname ("Mr
     * Howard"), never a first name, so it does not join a person whose first name it happens to be.
     */
    public static ArticleEntities group(List<NameMention> mentions, String text) {
        List<NameMention> sorted = new ArrayList<>(mentions);
        sorted.sort(Comparator.comparingInt(NameMention::start));
        List<Builder> entities = new ArrayList<>();
        Map<String, Builder> byKey = new HashMap<>();
        // full person names first, so that a surname before the full name still finds it
        for (NameMention m : sorted) {
            if (m.type() == EntityType.PERSON && m.text().contains(" ") && !particleSurname(m.text())) {
                String key = NameKey.of(m.text());
                Builder b = byKey.get("P:" + key);
                if (b == null) {
                    b = findByFullNameVariant(entities, m.text());
                }
                if (b == null) {
                    b = new Builder(EntityType.PERSON);
                    entities.add(b);
                    byKey.put("P:" + key, b);
                }
                b.add(m);
            }
        }
        for (NameMention m : sorted) {
            if (m.type() == EntityType.PERSON && m.text().contains(" ") && !particleSurname(m.text())) {
                continue;
            }
            if (m.type() == EntityType.PERSON) {
                Builder b = surnameOwner(entities, m);
                if (b == null && !afterSurnameTitle(text, m.start())) {
                    b = firstNameOwner(entities, m);
                }
                NameMention longer = b == null ? longerInstitution(sorted, m) : null;
                if (longer != null) {
                    // "Xinhua" after "Xinhua News Agency": the short form of the institution, not a person
                    String key = longer.type().name().charAt(0) + ":" + NameKey.of(longer.text());
                    byKey.computeIfAbsent(key, k -> {
                                Builder nb = new Builder(longer.type());
                                entities.add(nb);
                                return nb;
                            })
                            .add(m.withType(longer.type()));
                    continue;
                }
                if (b == null) {
                    b = byKey.computeIfAbsent("P:" + NameKey.of(m.text()), k -> {
                        Builder nb = new Builder(EntityType.PERSON);
                        entities.add(nb);
                        return nb;
                    });
                }
                b.add(m);
                continue;
            }
            // "a Conservative spokeswoman" and "the Tories" are the Conservative Party
            String full = m.type() == EntityType.ORGANIZATION ? OrganisationForms.canonical(m.text()) : m.text();
            String key = m.type().name().charAt(0) + ":" + NameKey.of(full);
            if (!byKey.containsKey(key)) {
                Builder defined = acronymOf(sorted, m, text, byKey);
                if (defined != null) {
                    byKey.put(key, defined); // later mentions of "ILO" are the organisation too
                }
            }
            Builder b = byKey.computeIfAbsent(key, k -> {
                Builder nb = new Builder(m.type());
                entities.add(nb);
                return nb;
            });
            b.add(m);
            if (!full.equals(m.text())) {
                b.names.add(full);
            }
        }
        List<LocalEntity> out = new ArrayList<>();
        for (Builder b : entities) {
            out.add(b.build(out.size()));
        }
        return new ArticleEntities(out);
    }

    private static final java.util.regex.Pattern ACRONYM = java.util.regex.Pattern.compile("\\p{Lu}[\\p{Lu}&]+");
    private static final java.util.regex.Pattern OPEN_BRACKET = java.util.regex.Pattern.compile("\\s*\\(\\s*");

    /**
     * "the International Labour Organisation (ILO)": an acronym in brackets right after a longer name
     * with its initial is that name's short form.
     */
    private static Builder acronymOf(
            List<NameMention> mentions, NameMention m, String text, Map<String, Builder> byKey) {
        if (text == null || !ACRONYM.matcher(m.text()).matches()) {
            return null;
        }
        for (NameMention o : mentions) {
            if (o.type() == EntityType.PERSON
                    || !o.text().contains(" ")
                    || o.end() > m.start()
                    || m.start() > text.length()
                    || !OPEN_BRACKET.matcher(text.substring(o.end(), m.start())).matches()) {
                continue;
            }
            String name = o.text().replaceFirst("^(?i)the\\s+", "");
            if (Character.toUpperCase(name.charAt(0)) == m.text().charAt(0)) {
                return byKey.get(o.type().name().charAt(0) + ":" + NameKey.of(o.text()));
            }
        }
        return null;
    }

    /** An organisation or place of the article whose name starts with this one-word name. */
    /** "Tom Reed's supporters": a group named after a person ({@link Lexicon#ENTOURAGE_NOUNS}). */
    private static boolean groupOfPerson(String name) {
        int space = name.lastIndexOf(' ');
        return space > 0
                && (name.startsWith("'s", space - 2) || name.startsWith("’s", space - 2))
                && Lexicon.ENTOURAGE_NOUNS.contains(Lexicon.lower(name.substring(space + 1)));
    }

    private static NameMention longerInstitution(List<NameMention> mentions, NameMention m) {
        if (m.text().contains(" ")) {
            return null;
        }
        String prefix = NameKey.of(m.text()) + " ";
        for (NameMention o : mentions) {
            if (o.type() != EntityType.PERSON
                    && o.text().contains(" ")
                    && !groupOfPerson(o.text()) // "Tom Reed's supporters" is a group, not Reed
                    && NameKey.of(o.text()).startsWith(prefix)) {
                return o;
            }
        }
        return null;
    }

    private static final java.util.regex.Pattern SURNAME_TITLE = java.util.regex.Pattern.compile(
            "(?i)(?:^|[^\\p{L}])(?:" + String.join("|", Lexicon.COURTESY_TITLES.surnameTitles()) + ")\\.?\\s+$");

    /** How far back a surname title is looked for: the longest, its full stop and one space. */
    private static final int SURNAME_TITLE_REACH = Lexicon.COURTESY_TITLES.surnameTitles().stream()
                    .mapToInt(String::length)
                    .max()
                    .orElse(0)
            + 2;

    /** Whether the mention starting at {@code start} follows a title that takes a surname. */
    static boolean afterSurnameTitle(String text, int start) {
        if (text == null || start <= 0 || start > text.length()) {
            return false;
        }
        return SURNAME_TITLE
                .matcher(text.substring(Math.max(0, start - SURNAME_TITLE_REACH), start))
                .find();
    }

    /** "Sergei Ivanov" and "Sergey Ivanov" in one article: same surname, folded first name equal. */
    private static Builder findByFullNameVariant(List<Builder> entities, String name) {
        String key = NameKey.of(name);
        for (Builder b : entities) {
            if (b.type == EntityType.PERSON && b.keys.contains(key)) {
                return b;
            }
        }
        return null;
    }

    /** "We want Michael to ...": a first name alone is the one person of the article with that first name. */
    private static Builder firstNameOwner(List<Builder> entities, NameMention m) {
        String key = NameKey.of(m.text());
        Builder found = null;
        for (Builder b : entities) {
            if (b.type != EntityType.PERSON) {
                continue;
            }
            for (String n : b.names) {
                String[] w = n.split(" ");
                if (w.length > 1 && NameKey.of(w[0]).equals(key)) {
                    if (found != null && found != b) {
                        return null;
                    }
                    found = b;
                }
            }
        }
        return found;
    }

    /** "Von der Leyen" opening a sentence: a surname with its particle, not a full name. */
    static boolean particleSurname(String name) {
        int sp = name.indexOf(' ');
        return sp > 0 && Lexicon.NAME_PARTICLES.contains(name.substring(0, sp).toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * The full-named person a lone surname refers to. When several share it, the one introduced
     * first among those named before the mention: news style gives the story's principal the bare
     * surname and names a relative in full ("Joe Smith ... his son Tom Smith ... Mr Smith").
     */
    private static Builder surnameOwner(List<Builder> entities, NameMention m) {
        String key = NameKey.of(m.text());
        Builder best = null;
        long bestScore = Long.MIN_VALUE;
        for (Builder b : entities) {
            if (b.type != EntityType.PERSON || !b.hasFullName()) {
                continue;
            }
            if (b.surnameKeys().contains(key)) {
                int first = b.firstFullStart();
                // introduced before the mention beats introduced after it; then the earlier introduction
                long score = (first < m.start() ? 1L << 40 : 0L) - first;
                if (best == null || score > bestScore) {
                    best = b;
                    bestScore = score;
                }
            }
        }
        return best;
    }

    private static final class Builder {
        final EntityType type;
        final List<NameMention> mentions = new ArrayList<>();
        final Set<String> names = new LinkedHashSet<>();
        final Set<String> keys = new LinkedHashSet<>();

        Builder(EntityType type) {
            this.type = type;
        }

        void add(NameMention m) {
            mentions.add(m);
            names.add(m.text());
            keys.add(NameKey.of(m.text()));
        }

        boolean hasFullName() {
            return names.stream().anyMatch(n -> n.contains(" "));
        }

        Set<String> surnameKeys() {
            Set<String> out = new LinkedHashSet<>();
            for (String n : names) {
                String[] w = n.split(" ");
                if (w.length > 1) {
                    out.add(NameKey.of(w[w.length - 1]));
                }
                for (int i = 1; i < w.length - 1; i++) {
                    if (Lexicon.NAME_PARTICLES.contains(w[i])) { // "von der Leyen" of "Ursula von der Leyen"
                        out.add(NameKey.of(String.join(" ", java.util.Arrays.copyOfRange(w, i, w.length))));
                        break;
                    }
                }
            }
            return out;
        }

        int firstFullStart() {
            int best = Integer.MAX_VALUE;
            for (NameMention m : mentions) {
                if (m.text().contains(" ")) {
                    best = Math.min(best, m.start());
                }
            }
            return best;
        }

        LocalEntity build(int id) {
            String name = names.stream()
                    .max(Comparator.comparingInt(String::length).thenComparing(Comparator.reverseOrder()))
                    .orElseThrow();
            mentions.sort(Comparator.comparingInt(NameMention::start));
            return new LocalEntity(id, type, name, names, mentions);
        }
    }
}

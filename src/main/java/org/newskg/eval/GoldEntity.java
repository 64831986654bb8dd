package org.newskg.eval;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A gold person or place, merged over the articles that annotate it: its canonical name, the
 * normalised forms of the name and its aliases, its Wikidata QID and (persons) the roles stated.
 */
public final class GoldEntity {
    /**
     * A role the gold attributes to a person: acceptable labels, the position's QID (or null) and the
     * article whose gold states it.
     */
    public record Role(List<String> labels, String wikidata, String article) {}

    private final String name;
    private final Set<String> keys = new LinkedHashSet<>();
    private String wikidata;
    private final List<Role> roles = new ArrayList<>();
    private final Set<String> names = new LinkedHashSet<>();
    private final Set<String> articles = new LinkedHashSet<>();

    public GoldEntity(String name, String wikidata) {
        this.name = name;
        this.wikidata = Names.qid(wikidata);
        keys.add(Names.key(name));
        names.add(name);
    }

    /** An entity known only by a name (a place or organisation the gold names without annotating it). */
    public static GoldEntity named(String name) {
        return new GoldEntity(name, null);
    }

    void merge(Collection<String> aliases, String qid) {
        if (wikidata == null) {
            wikidata = Names.qid(qid);
        }
        for (String a : aliases) {
            keys.add(Names.key(a));
            names.add(a);
        }
    }

    void listedIn(String article) {
        articles.add(article);
    }

    void addRole(Role role) {
        roles.add(role);
    }

    public String name() {
        return name;
    }

    /** The normalised name and aliases. */
    public Set<String> keys() {
        return keys;
    }

    public String wikidata() {
        return wikidata;
    }

    /** The name and the aliases as the gold writes them. */
    public Set<String> names() {
        return names;
    }

    /** The articles (gold file stems) whose gold lists this entity. */
    public Set<String> articles() {
        return articles;
    }

    public List<Role> roles() {
        return roles;
    }

    /** True when one of {@code names} is this entity's name or an alias (normalised). */
    public boolean isNamed(Collection<String> names) {
        for (String n : names) {
            if (n != null && !n.isEmpty() && keys.contains(Names.key(n))) {
                return true;
            }
        }
        return false;
    }

    /** True when the QIDs agree (one of {@code qids}) or a name matches. */
    public boolean matches(Collection<String> names, Collection<String> qids) {
        if (wikidata != null) {
            for (String q : qids) {
                if (wikidata.equals(Names.qid(q))) {
                    return true;
                }
            }
        }
        return isNamed(names);
    }
}

package org.newskg.resolve;

import java.util.List;
import java.util.Set;
import org.newskg.nlp.ner.EntityType;
import org.newskg.nlp.ner.NameMention;

/**
 * One person, place or organisation as one article refers to it: its fullest name, every surface
 * form, and every mention. Other records point at it by reference. {@code id} numbers the article's
 * entities in reading order (unique within one article); it orders and names them, and is the
 * finders' own shorthand for an entity ({@link ArticleEntities#byId}).
 */
public record LocalEntity(int id, EntityType type, String name, Set<String> names, List<NameMention> mentions) {
    public LocalEntity {
        names = java.util.Collections.unmodifiableSet(
                new java.util.LinkedHashSet<>(names)); // stable order: labels must not change between runs
        mentions = List.copyOf(mentions);
    }

    /**
     * By id alone: equal entities have equal ids, since no two entities of an article share one. Keeps
     * hashing cheap where entities key maps and sets (links, meeting participants).
     */
    @Override
    public int hashCode() {
        return Integer.hashCode(id);
    }

    public String key() {
        return NameKey.of(name);
    }

    public String surname() {
        String[] w = name.split(" ");
        return w[w.length - 1];
    }
}

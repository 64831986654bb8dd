package org.newskg.resolve;

import java.util.List;
import java.util.Set;
import org.newskg.nlp.ner.EntityType;
import org.newskg.nlp.ner.NameMention;

/**
 * One person, place or organisation as one article refers to it: its fullest name, every surface
 * form, and every mention. {@code id} is the index in {@link ArticleEntities#all()}.
 */
public record LocalEntity(int id, EntityType type, String name, Set<String> names, List<NameMention> mentions) {
    public LocalEntity {
        names = java.util.Collections.unmodifiableSet(
                new java.util.LinkedHashSet<>(names)); // stable order: labels must not change between runs
        mentions = List.copyOf(mentions);
    }

    public String key() {
        return NameKey.of(name);
    }

    public String surname() {
        String[] w = name.split(" ");
        return w[w.length - 1];
    }
}

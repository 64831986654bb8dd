package org.newskg.link;

import java.util.List;
import java.util.Set;

/**
 * What the linker knows about one mention.
 *
 * @param name                the mention's name as written ("Ivanov", "Sergei Ivanov", "Kyiv")
 * @param otherNamesInArticle other names of the same article (full names resolve surnames)
 * @param expected            PERSON, a place type (any place type admits all places), or
 *                            ORGANIZATION; null admits any type except POSITION
 * @param roles               role hints for the mention (may be empty)
 * @param articleDate         ISO date of the article, or null
 * @param contextQids         QIDs already known for the article (countries, places, ...)
 */
public record LinkRequest(
        String name,
        List<String> otherNamesInArticle,
        KbType expected,
        List<RoleHint> roles,
        String articleDate,
        Set<String> contextQids) {
    public LinkRequest {
        otherNamesInArticle = otherNamesInArticle == null ? List.of() : List.copyOf(otherNamesInArticle);
        roles = roles == null ? List.of() : List.copyOf(roles);
        contextQids = contextQids == null ? Set.of() : Set.copyOf(contextQids);
    }

    /** A request with nothing but a name and the expected type. */
    public static LinkRequest of(String name, KbType expected) {
        return new LinkRequest(name, List.of(), expected, List.of(), null, Set.of());
    }
}

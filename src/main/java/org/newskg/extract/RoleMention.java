package org.newskg.extract;

import org.newskg.resolve.LocalEntity;

/**
 * A post the article gives a person: "Kremlin spokesman", "U.S. Secretary of State".
 *
 * @param person   the person who holds the post
 * @param wording  the article's words for the post, without "former"/"ex-"
 * @param head     the post itself, lower case, without country or organisation ("secretary of state")
 * @param country  the country's name as the article gives it (from a demonym or name), or null
 * @param org      the organisation's name ("Kremlin"), or null
 * @param former   whether the article says the person held it before
 */
public record RoleMention(
        LocalEntity person, String wording, String head, String country, String org, boolean former, Span span) {}

package org.newskg.link;

/**
 * A role the article gives a mention ("Russian Foreign Minister ..."): the position if already
 * resolved, else its wording and country.
 *
 * @param positionQid the position item, or null
 * @param label       the role wording as in the text, e.g. "Foreign Minister"; may be null if
 *                    positionQid is given
 * @param countryQid  the country the role belongs to, or null
 */
public record RoleHint(String positionQid, String label, String countryQid) {}

package org.newskg.extract;

import java.util.List;

/**
 * An attributed speech act.
 *
 * @param speaker  id of the local entity that spoke (person, organisation or place)
 * @param text     the quoted words (direct) or the reported clause (indirect)
 * @param direct   words inside quotation marks
 * @param date     when it was said, as an ISO date / --MM-DD / YYYY-MM, or null
 * @param about    ids of meetings (in {@link Extraction#meetings()}) the statement is about
 */
public record Statement(int speaker, String text, boolean direct, Span span, String date, List<Integer> about) {
    public Statement {
        about = List.copyOf(about);
    }
}

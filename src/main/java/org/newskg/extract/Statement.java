package org.newskg.extract;

import java.util.List;
import org.newskg.resolve.LocalEntity;

/**
 * An attributed speech act.
 *
 * @param speaker  the entity that spoke (person, organisation or place)
 * @param text     the quoted words (direct) or the reported clause (indirect)
 * @param direct   words inside quotation marks
 * @param date     when it was said, as an ISO date / --MM-DD / YYYY-MM, or null
 * @param about    the meetings (of {@link Extraction#meetings()}) the statement is about
 */
public record Statement(LocalEntity speaker, String text, boolean direct, Span span, String date, List<Meeting> about) {
    public Statement {
        about = List.copyOf(about);
    }
}

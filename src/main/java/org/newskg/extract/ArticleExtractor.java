package org.newskg.extract;

import java.util.ArrayList;
import java.util.List;
import org.newskg.nlp.AnnotatedText;
import org.newskg.nlp.ner.DescribedInstitutions;
import org.newskg.nlp.ner.Gazetteer;
import org.newskg.nlp.ner.NameFinder;
import org.newskg.nlp.ner.NameMention;
import org.newskg.resolve.ArticleEntities;
import org.newskg.text.CleanArticle;

/**
 * Runs the extractors over one annotated article: names, in-article identity, roles, statements and
 * meetings. Stateless and thread-safe; share one instance.
 *
 * <pre>{@code
 * Extraction x = new ArticleExtractor(gazetteer).extract(clean, annotator.annotate(clean.body()));
 * }</pre>
 */
public final class ArticleExtractor {
    private final NameFinder names;
    private final DescribedInstitutions institutions;
    private final RoleFinder roles;
    private final StatementFinder statements;
    private final MeetingFinder meetings;
    private final QuoteFinder quotes = new QuoteFinder();
    private final Gazetteer gazetteer;

    /** What the name finders know of names: also what the cross-article reduce asks of a lone surname. */
    public Gazetteer gazetteer() {
        return gazetteer;
    }

    public ArticleExtractor(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.names = new NameFinder(gazetteer);
        this.institutions = new DescribedInstitutions(gazetteer);
        this.roles = new RoleFinder(gazetteer);
        this.statements = new StatementFinder(roles, gazetteer);
        this.meetings = new MeetingFinder(gazetteer, roles);
    }

    public Extraction extract(CleanArticle article, AnnotatedText nlp) {
        List<NameMention> found = new ArrayList<>(names.find(nlp));
        found.addAll(institutions.find(nlp, found));
        ArticleEntities entities = ArticleEntities.group(found, nlp.text());
        List<RoleMention> roleMentions = roles.find(nlp, entities);
        List<Quote> quoteSpans = quotes.find(nlp.text());
        // without a publication date, the date the text itself is written at anchors "on Friday"
        String anchor = DateResolver.anchor(article.published(), nlp.text());
        DateResolver dates = new DateResolver(anchor);
        List<Statement> said = statements.find(nlp, entities, roleMentions, quoteSpans, dates);
        List<Meeting> events = meetings.find(nlp, entities, roleMentions, dates);
        return new Extraction(article, nlp, entities, roleMentions, about(said, events), events);
    }

    /** A statement made in a sentence that names a meeting is about that meeting. */
    private static List<Statement> about(List<Statement> said, List<Meeting> events) {
        List<Statement> out = new ArrayList<>(said.size());
        for (Statement s : said) {
            List<Meeting> about = new ArrayList<>();
            for (Meeting m : events) {
                int ms = m.span().start();
                if (ms >= s.span().start() && ms < s.span().end()) {
                    about.add(m);
                }
            }
            out.add(new Statement(s.speaker(), s.text(), s.direct(), s.span(), s.date(), about));
        }
        return out;
    }
}

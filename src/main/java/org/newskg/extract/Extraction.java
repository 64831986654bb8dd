package org.newskg.extract;

import java.util.List;
import org.newskg.nlp.AnnotatedText;
import org.newskg.resolve.ArticleEntities;
import org.newskg.text.CleanArticle;

/** Everything read from one article, before cross-article identity and linking. */
public record Extraction(
        CleanArticle article,
        AnnotatedText nlp,
        ArticleEntities entities,
        List<RoleMention> roles,
        List<Statement> statements,
        List<Meeting> meetings) {
    public Extraction {
        roles = List.copyOf(roles);
        statements = List.copyOf(statements);
        meetings = List.copyOf(meetings);
    }
}

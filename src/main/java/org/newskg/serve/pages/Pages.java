package org.newskg.serve.pages;

import org.apache.jena.fuseki.main.FusekiServer;

/**
 * The static pages of {@code newskg serve}: the query page at {@code /} (YASGUI with the queries of
 * {@code queries/} as examples) and the graph page at {@code /graph} (Cytoscape.js). Everything the
 * pages load comes from the jar (WebJars and {@code web/}); the data comes from {@code /newskg/sparql}.
 */
public final class Pages {
    private Pages() {}

    /** Adds the pages to a server being built; the dataset's own paths are left to Fuseki. */
    public static FusekiServer.Builder mount(FusekiServer.Builder builder) {
        // Fuseki keeps "/" (the default servlet) for its own 404s; "" is the servlet spec's exact match
        // for the root. The dataset's paths (/newskg/...) stay Fuseki's.
        PagesServlet pages = new PagesServlet();
        for (String path :
                new String[] {"", "/index.html", "/graph", "/graph/", "/assets/*", "/webjars/*", "/queries/*", "/view/*"
                }) {
            builder.addServlet(path, pages);
        }
        return builder;
    }
}

package org.newskg.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The newskg vocabulary: one constant per term of {@code ontology/newskg.ttl} (a test checks that
 * every constant is declared there).
 */
public final class NK {
    public static final String NS = "https://newskg.org/ontology#";
    /** Base of the IRIs minted for articles, entities, statements and meetings. */
    public static final String ID = "https://newskg.org/id/";

    private NK() {}

    private static Resource r(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property p(String local) {
        return ResourceFactory.createProperty(NS + local);
    }

    // Classes
    public static final Resource Article = r("Article");
    public static final Resource Agent = r("Agent");
    public static final Resource Person = r("Person");
    public static final Resource Organization = r("Organization");
    public static final Resource Location = r("Location");
    public static final Resource Role = r("Role");
    public static final Resource Statement = r("Statement");
    public static final Resource DirectQuote = r("DirectQuote");
    public static final Resource ReportedSpeech = r("ReportedSpeech");
    public static final Resource Meeting = r("Meeting");
    public static final Resource MeetingKind = r("MeetingKind");
    public static final Resource MeetingStatus = r("MeetingStatus");
    public static final Resource Mention = r("Mention");

    // Individuals: meeting kinds and statuses
    public static final Resource summit = r("summit");
    public static final Resource meeting = r("meeting");
    public static final Resource talks = r("talks");
    public static final Resource phoneCall = r("phoneCall");
    public static final Resource held = r("held");
    public static final Resource planned = r("planned");

    // Article metadata
    public static final Property sourceFile = p("sourceFile");
    public static final Property contentHash = p("contentHash");
    public static final Property title = p("title");
    public static final Property published = p("published");
    public static final Property publishedAt = p("publishedAt");
    public static final Property sameStoryAs = p("sameStoryAs");
    public static final Property outlet = p("outlet");
    public static final Property url = p("url");
    public static final Property author = p("author");
    public static final Property editor = p("editor");
    public static final Property dateline = p("dateline");
    public static final Property mentions = p("mentions");

    // Entities and names
    public static final Property name = p("name");

    // Roles
    public static final Property holdsRole = p("holdsRole");
    public static final Property formerlyHeldRole = p("formerlyHeldRole");
    public static final Property roleLabel = p("roleLabel");
    public static final Property ofCountry = p("ofCountry");
    public static final Property ofOrganization = p("ofOrganization");
    public static final Property position = p("position");

    // Statements
    public static final Property speaker = p("speaker");
    public static final Property text = p("text");
    public static final Property kind = p("kind");
    public static final Property about = p("about");
    public static final Property saidOn = p("saidOn");
    public static final Property reportedIn = p("reportedIn");

    // Meetings
    public static final Property meetingKind = p("meetingKind");
    public static final Property status = p("status");
    public static final Property participant = p("participant");
    public static final Property location = p("location");
    public static final Property date = p("date");

    // Provenance of every fact: a mention is a span of an article's text
    public static final Property mentionOf = p("mentionOf");
    public static final Property inArticle = p("inArticle");
    public static final Property evidence = p("evidence");
    public static final Property startOffset = p("startOffset");
    public static final Property endOffset = p("endOffset");
    public static final Property surface = p("surface");
    public static final Property identifiedAs = p("identifiedAs");
}

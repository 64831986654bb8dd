package org.newskg.rdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.newskg.article.Article;
import org.newskg.extract.Extraction;
import org.newskg.extract.Meeting;
import org.newskg.extract.RoleMention;
import org.newskg.extract.Span;
import org.newskg.extract.Statement;
import org.newskg.link.KbEntry;
import org.newskg.link.Links;
import org.newskg.nlp.ner.EntityType;
import org.newskg.nlp.ner.NameMention;
import org.newskg.resolve.CrossArticleIdentity;
import org.newskg.resolve.LocalEntity;
import org.newskg.resolve.RoleHeads;
import org.newskg.resolve.Spellings;
import org.newskg.text.CleanArticle;

/**
 * Maps one article's extraction and links to quads in the article's own named graph. Emits into a
 * {@link StreamRDF}, so the same mapper feeds TDB2, a file or a counter. Offsets written are offsets
 * in the raw article text.
 */
public final class ArticleMapper {
    private final CrossArticleIdentity identity;

    /** A mapper whose unlinked nodes show their names in these spellings (the index's, in the pipeline). */
    public ArticleMapper(Spellings spellings) {
        this.identity = new CrossArticleIdentity(spellings);
    }

    public void map(Extraction x, Links links, StreamRDF out) {
        new Run(x, links, out).run();
    }

    /** State for mapping one article. */
    private final class Run {
        final Extraction x;
        final Links links;
        final StreamRDF out;
        final CleanArticle clean;
        final Article article;
        final Node graph;
        final Map<LocalEntity, Node> entityNodes = new HashMap<>();

        Run(Extraction x, Links links, StreamRDF out) {
            this.x = x;
            this.links = links;
            this.out = out;
            this.clean = x.article();
            this.article = clean.article();
            this.graph = Iris.article(article.id());
        }

        void emit(Node s, org.apache.jena.rdf.model.Resource p, Node o) {
            out.quad(Quad.create(graph, s, p.asNode(), o));
        }

        void emit(Node s, Node p, Node o) {
            out.quad(Quad.create(graph, s, p, o));
        }

        void literal(Node s, org.apache.jena.rdf.model.Resource p, String value) {
            if (value != null && !value.isBlank()) {
                emit(s, p, NodeFactory.createLiteralString(value));
            }
        }

        void run() {
            articleNode();
            for (LocalEntity e : x.entities().all()) {
                entityNode(e);
            }
            if (clean.datelinePlace() != null) {
                // the cleaner cuts the dateline from the text the finders see, so the place is matched by name
                emit(graph, NK.dateline, placeNode(clean.datelinePlace()));
            }
            roles();
            meetings(); // before statements: a statement points at the meeting it is about
            statements();
        }

        void articleNode() {
            emit(graph, RDF.type.asNode(), NK.Article.asNode());
            literal(graph, NK.sourceFile, article.sourceName());
            literal(graph, NK.contentHash, article.id());
            literal(
                    graph,
                    NK.title,
                    clean.headline() != null ? clean.headline() : article.meta().title());
            String published = clean.published();
            if (published != null && published.matches("\\d{4}-\\d{2}-\\d{2}")) {
                emit(graph, NK.published, NodeFactory.createLiteralDT(published, XSDDatatype.XSDdate));
            }
            Node at = dateTimeLiteral(article.meta().published());
            if (at != null
                    && (clean.publishedInText() == null
                            || at.getLiteralLexicalForm().startsWith(clean.publishedInText()))) {
                emit(graph, NK.publishedAt, at);
            }
            String first = article.meta().sameStoryAs();
            if (first != null && !first.equals(article.id())) {
                emit(graph, NK.sameStoryAs.asNode(), Iris.article(first));
            }
            literal(graph, NK.outlet, clean.outlet());
            if (article.meta().url() != null) {
                emit(graph, NK.url, NodeFactory.createLiteralDT(article.meta().url(), XSDDatatype.XSDanyURI));
            }
            for (String a : clean.authors().isEmpty() ? article.meta().authors() : clean.authors()) {
                literal(graph, NK.author, a);
            }
            for (String e : clean.editors()) {
                literal(graph, NK.editor, e);
            }
        }

        private final Set<Node> labelled = new java.util.HashSet<>();

        Node entityNode(LocalEntity e) {
            Node n = entityNodes.get(e);
            if (n != null) {
                return n;
            }
            KbEntry k = links.entities().get(e);
            String kind = switch (e.type()) {
                case PERSON -> "person";
                case LOCATION -> "place";
                case ORGANIZATION -> "org";
            };
            String key = e.type() == EntityType.PERSON ? identity.person(e.name()) : identity.entity(e.name());
            n = Iris.entity(kind, k == null ? null : k.qid(), key, e.name());
            entityNodes.put(e, n);
            org.apache.jena.rdf.model.Resource type = switch (e.type()) {
                case PERSON -> NK.Person;
                case LOCATION -> NK.Location;
                case ORGANIZATION -> NK.Organization;
            };
            emit(n, RDF.type.asNode(), type.asNode());
            String label = k != null ? k.label() : e.name();
            if (labelled.add(n)) {
                // "Dave Lund" and "David Lund" in one article are one node with one label
                emit(n, RDFS.label.asNode(), NodeFactory.createLiteralString(label));
            }
            Set<String> names = new LinkedHashSet<>(e.names());
            names.add(label);
            for (String name : names) {
                literal(n, NK.name, name);
            }
            if (k != null) {
                emit(n, OWL.sameAs.asNode(), Iris.wikidata(k.qid()));
            }
            emit(graph, NK.mentions.asNode(), n);
            for (NameMention m : e.mentions()) {
                mention(n, m.start(), m.end(), m.sentence(), m.text());
            }
            return n;
        }

        /**
         * A place named outside the article's found names: a country by a demonym or in a role
         * ("Russian President"), the place of the dateline. The article's own place of that name
         * when it has one.
         */
        Node placeNode(String name) {
            KbEntry k = links.countries().get(name);
            for (LocalEntity e : x.entities().ofType(EntityType.LOCATION)) {
                KbEntry ek = links.entities().get(e);
                if ((k != null && ek != null && ek.qid().equals(k.qid()))
                        || CrossArticleIdentity.sameName(e.name(), name)) {
                    return entityNode(e);
                }
            }
            Node n = Iris.entity("place", k == null ? null : k.qid(), identity.entity(name), name);
            String label = k != null ? k.label() : name;
            emit(n, RDF.type.asNode(), NK.Location.asNode());
            emit(n, RDFS.label.asNode(), NodeFactory.createLiteralString(label));
            literal(n, NK.name, label);
            if (k != null) {
                emit(n, OWL.sameAs.asNode(), Iris.wikidata(k.qid()));
            }
            return n;
        }

        void mention(Node of, int cleanStart, int cleanEnd, int sentence, String surface) {
            int rs = clean.offsets().toRaw(cleanStart);
            int re = Math.max(rs, clean.offsets().toRaw(Math.max(cleanStart, cleanEnd - 1)) + 1);
            Node m = Iris.mention(article.id(), of, rs, re);
            emit(m, RDF.type.asNode(), NK.Mention.asNode());
            emit(m, NK.mentionOf.asNode(), of);
            emit(m, NK.inArticle.asNode(), graph);
            literal(m, NK.surface, surface);
            emit(m, NK.startOffset.asNode(), NodeFactory.createLiteralDT(Integer.toString(rs), XSDDatatype.XSDint));
            emit(m, NK.endOffset.asNode(), NodeFactory.createLiteralDT(Integer.toString(re), XSDDatatype.XSDint));
            if (sentence >= 0 && sentence < x.nlp().sentences().size()) {
                literal(m, NK.evidence, x.nlp().sentences().get(sentence).text());
            }
        }

        final Set<Node> labelledRoles = new java.util.HashSet<>();

        /** A person's post: by its normalised head, or as the leader of a country. */
        private record HeldPost(LocalEntity person, String head, String leaderOf) {}

        void roles() {
            // "Germany's Chancellor" beside a linked "Chancellor": one person's post of one head is one post
            Map<HeldPost, KbEntry> linkedPost = new java.util.HashMap<>();
            for (RoleMention r : x.roles()) {
                KbEntry position = links.positions().get(r);
                if (position != null) {
                    linkedPost.putIfAbsent(new HeldPost(r.person(), RoleHeads.normalise(r.head()), null), position);
                    if (r.country() != null && r.org() == null) {
                        linkedPost.putIfAbsent(new HeldPost(r.person(), null, r.country()), position);
                    }
                }
            }
            for (RoleMention r : x.roles()) {
                LocalEntity person = r.person();
                KbEntry position = links.positions().get(r);
                if (position == null) {
                    position = linkedPost.get(new HeldPost(r.person(), RoleHeads.normalise(r.head()), null));
                }
                if (position == null && r.head().equals("leader") && r.country() != null && r.org() == null) {
                    // "the Chinese leader" beside "Chinese President Li": a country's leader is the post he holds
                    position = linkedPost.get(new HeldPost(r.person(), null, r.country()));
                }
                KbEntry country = r.country() == null ? null : links.countries().get(r.country());
                Node role = position != null
                        ? Iris.entity("role", position.qid(), null, null)
                        : Iris.hashed(
                                "role",
                                identity.role(country == null ? null : country.qid(), r.country(), r.org(), r.head()));
                emit(role, RDF.type.asNode(), NK.Role.asNode());
                if (labelledRoles.add(role)) {
                    // one label per post; the other wordings of the article are its nk:roleLabel values
                    String label = position != null ? position.label() : capitalise(r.wording());
                    emit(role, RDFS.label.asNode(), NodeFactory.createLiteralString(label));
                }
                literal(role, NK.roleLabel, r.wording());
                if (position != null) {
                    emit(role, NK.position.asNode(), Iris.wikidata(position.qid()));
                }
                if (r.country() != null) {
                    emit(role, NK.ofCountry.asNode(), placeNode(r.country()));
                }
                if (r.org() != null) {
                    LocalEntity org = find(r.org(), EntityType.ORGANIZATION);
                    if (org != null) {
                        emit(role, NK.ofOrganization.asNode(), entityNode(org));
                    }
                }
                emit(entityNode(person), (r.former() ? NK.formerlyHeldRole : NK.holdsRole).asNode(), role);
                mention(role, r.span().start(), r.span().end(), r.span().sentence(), r.wording());
            }
        }

        LocalEntity find(String name, EntityType type) {
            for (LocalEntity e : x.entities().ofType(type)) {
                if (e.name().equals(name) || e.names().contains(name)) {
                    return e;
                }
            }
            return null;
        }

        final Map<Meeting, Node> meetingNodes = new HashMap<>();

        void meetings() {
            // meetings of this article that are one real-world event (same key) become one node
            Map<Node, List<Meeting>> byNode = new java.util.LinkedHashMap<>();
            for (Meeting m : x.meetings()) {
                Node node = Iris.hashed("meeting", meetingKey(m));
                meetingNodes.put(m, node);
                byNode.computeIfAbsent(node, k -> new ArrayList<>()).add(m);
            }
            for (Map.Entry<Node, List<Meeting>> e : byNode.entrySet()) {
                Node node = e.getKey();
                List<Meeting> group = e.getValue();
                Meeting first = group.get(0);
                String kind = first.kind();
                LocalEntity location = null;
                String date = null;
                Set<Node> participants = new LinkedHashSet<>();
                for (Meeting m : group) {
                    kind = Meeting.moreSpecificKind(kind, m.kind());
                    if (m.location() != null && (location == null || isCity(m.location()) && !isCity(location))) {
                        location = m.location();
                    }
                    if (m.date() != null && (date == null || m.date().length() > date.length())) {
                        date = m.date();
                    }
                    for (LocalEntity p : m.participants()) {
                        participants.add(entityNode(p));
                    }
                    for (String c : m.countries()) {
                        participants.add(placeNode(c));
                    }
                }
                Node locationNode = location != null ? entityNode(location) : null;
                participants.remove(locationNode);
                emit(node, RDF.type.asNode(), NK.Meeting.asNode());
                emit(node, RDFS.label.asNode(), NodeFactory.createLiteralString(label(first, kind, location)));
                emit(
                        node,
                        NK.meetingKind.asNode(),
                        switch (kind) {
                            case "summit" -> NK.summit.asNode();
                            case "talks" -> NK.talks.asNode();
                            case "phone call" -> NK.phoneCall.asNode();
                            default -> NK.meeting.asNode();
                        });
                // one event mentioned as planned and as held in one article was held
                boolean planned = group.stream().allMatch(Meeting::planned);
                emit(node, NK.status.asNode(), (planned ? NK.planned : NK.held).asNode());
                for (Node p : participants) {
                    emit(node, NK.participant.asNode(), p);
                }
                if (locationNode != null) {
                    emit(node, NK.location.asNode(), locationNode);
                }
                Node dateNode = dateLiteral(date);
                if (dateNode != null) {
                    emit(node, NK.date.asNode(), dateNode);
                }
                emit(node, NK.reportedIn.asNode(), graph);
                for (Meeting m : group) {
                    mention(
                            node,
                            m.span().start(),
                            m.span().end(),
                            m.span().sentence(),
                            x.nlp().text().substring(m.span().start(), m.span().end()));
                }
            }
        }

        /** The identity of a meeting across articles ({@link CrossArticleIdentity#meeting}). */
        String meetingKey(Meeting m) {
            List<String> persons = new ArrayList<>();
            List<String> organisations = new ArrayList<>();
            List<String> places = new ArrayList<>();
            for (LocalEntity e : m.participants()) {
                (switch (e.type()) {
                            case PERSON -> persons;
                            case ORGANIZATION -> organisations;
                            default -> places;
                        })
                        .add(entityNode(e).getURI());
            }
            for (String c : m.countries()) {
                places.add(placeNode(c).getURI());
            }
            String where = null;
            if (m.location() != null) {
                KbEntry k = links.entities().get(m.location());
                // the place itself, not its country: "talks in Leeds" are not the G7 meeting in London
                where = k == null ? entityNode(m.location()).getURI() : k.qid();
            }
            return identity.meeting(
                    m.isPhone(), m.planned(), m.kind().equals("summit"), where, persons, organisations, places);
        }

        boolean isCity(LocalEntity location) {
            KbEntry k = links.entities().get(location);
            return k != null && k.type() == org.newskg.link.KbType.CITY;
        }

        String label(Meeting m, String kind, LocalEntity location) {
            List<String> names = new ArrayList<>();
            for (LocalEntity e : m.participants()) {
                KbEntry k = links.entities().get(e);
                String n = k != null ? k.label() : e.name();
                names.add(e.type() == EntityType.PERSON ? n.substring(n.lastIndexOf(' ') + 1) : n);
            }
            names.addAll(m.countries());
            java.util.Collections.sort(names); // the same label from every run
            String where = location != null ? " in " + location.name() : "";
            return (names.isEmpty() ? "" : String.join("–", names) + " ")
                    + kind
                    + where
                    + (m.planned() ? " (planned)" : "");
        }

        void statements() {
            for (Statement s : x.statements()) {
                Node sp = entityNode(s.speaker());
                String text = s.text();
                Node node = Iris.hashed("statement", identity.statement(sp.getURI(), text));
                emit(node, RDF.type.asNode(), NK.Statement.asNode());
                emit(node, RDF.type.asNode(), (s.direct() ? NK.DirectQuote : NK.ReportedSpeech).asNode());
                emit(node, NK.speaker.asNode(), sp);
                literal(node, NK.text, text);
                literal(node, NK.kind, s.direct() ? "direct" : "indirect");
                emit(node, NK.reportedIn.asNode(), graph);
                Node date = s.date() != null && s.date().matches("\\d{4}") ? null : dateLiteral(s.date());
                if (date != null) {
                    emit(node, NK.saidOn.asNode(), date);
                }
                for (Meeting m : s.about()) {
                    Node about = meetingNodes.get(m); // meetings are mapped first
                    if (about != null) {
                        emit(node, NK.about.asNode(), about);
                    }
                }
                Span span = s.span();
                mention(node, span.start(), span.end(), span.sentence(), text);
            }
        }
    }

    /**
     * A publication time with its zone ("2025-03-04T09:30:00Z", "...+01:00") as xsd:dateTime, else
     * null: a time without a zone names no instant, so copies from two outlets could not be ordered.
     */
    static Node dateTimeLiteral(String d) {
        if (d == null || d.length() <= 10) {
            return null;
        }
        try {
            java.time.OffsetDateTime t = java.time.OffsetDateTime.parse(d);
            return NodeFactory.createLiteralDT(
                    t.format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME), XSDDatatype.XSDdateTime);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    static Node dateLiteral(String d) {
        if (d == null) {
            return null;
        }
        RDFDatatype dt;
        if (d.matches("\\d{4}-\\d{2}-\\d{2}")) {
            dt = XSDDatatype.XSDdate;
        } else if (d.matches("--\\d{2}-\\d{2}")) {
            dt = XSDDatatype.XSDgMonthDay;
        } else if (d.matches("\\d{4}-\\d{2}")) {
            dt = XSDDatatype.XSDgYearMonth;
        } else if (d.matches("\\d{4}")) {
            dt = XSDDatatype.XSDgYear;
        } else {
            return null;
        }
        return NodeFactory.createLiteralDT(d, dt);
    }

    static String capitalise(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}

package org.newskg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The ontology and the SHACL shapes agree with {@link NK} and with each other; the shapes accept
 * a hand-written article graph and reject broken variants of it at the right nodes.
 */
class OntologyTest {
    static final Path ONTOLOGY = Path.of("ontology/newskg.ttl");
    static final Path SHAPES = Path.of("ontology/newskg-shapes.ttl");
    static final String VALID = "src/test/resources/rdf/valid-article.trig";

    static final String SCHEMA = "http://schema.org/";
    static final String PROV = "http://www.w3.org/ns/prov#";
    static final String ORG = "http://www.w3.org/ns/org#";
    static final String SEM = "http://semanticweb.cs.vu.nl/2009/11/sem/";
    static final String ID = NK.ID;
    static final Node ARTICLE = NodeFactory.createURI(ID + "article/5c126be4df4e1188");

    static Model ontology;
    static Model shapesModel;
    static Shapes shapes;
    static Graph valid;
    static final GraphValidator VALIDATOR = new GraphValidator();
    static DatasetGraph fixtures;

    @BeforeAll
    static void load() {
        ontology = RDFDataMgr.loadModel(ONTOLOGY.toString());
        shapesModel = RDFDataMgr.loadModel(SHAPES.toString());
        shapes = Shapes.parse(shapesModel.getGraph());
        fixtures = RDFDataMgr.loadDatasetGraph(VALID);
        valid = fixtures.getGraph(ARTICLE);
        assertFalse(valid.isEmpty(), "the fixture has a graph named by its article IRI");
    }

    /** Every public static Resource/Property constant of NK, by name. */
    static Map<String, Resource> constants() {
        Map<String, Resource> out = new TreeMap<>();
        for (Field f : NK.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && Resource.class.isAssignableFrom(f.getType())) {
                try {
                    out.put(f.getName(), (Resource) f.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return out;
    }

    static Stream<Arguments> nkConstants() {
        return constants().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    // ---------------------------------------------------------------------------------------
    // Ontology <-> NK

    @Test
    void reflectionFindsTheVocabulary() {
        Map<String, Resource> c = constants();
        assertTrue(c.size() >= 50, "expected the whole vocabulary, found " + c.keySet());
        c.forEach((name, r) -> assertEquals(NK.NS + name, r.getURI(), "constant " + name + " names its own IRI"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nkConstants")
    void everyConstantIsDeclaredWithTheRightType(String name, Resource term) {
        Resource t = ontology.getResource(term.getURI());
        Set<Resource> types = ontology.listObjectsOfProperty(t, RDF.type).toList().stream()
                .filter(RDFNode::isURIResource)
                .map(RDFNode::asResource)
                .collect(Collectors.toSet());
        Set<Resource> expected = term instanceof org.apache.jena.rdf.model.Property
                ? Set.of(OWL.ObjectProperty, OWL.DatatypeProperty)
                : Set.of(OWL.Class, OWL2_NAMED_INDIVIDUAL);
        assertTrue(
                types.stream().anyMatch(expected::contains),
                "nk:" + name + " must be declared as one of " + expected + " in " + ONTOLOGY + "; has " + types);
        assertFalse(
                types.contains(OWL.ObjectProperty) && types.contains(OWL.DatatypeProperty),
                "nk:" + name + " is both an object and a datatype property");
        assertTrue(t.hasProperty(RDFS.label), "nk:" + name + " has an rdfs:label");
        assertTrue(t.hasProperty(RDFS.comment), "nk:" + name + " has an rdfs:comment");
    }

    static final Resource OWL2_NAMED_INDIVIDUAL = ResourceFactory.createResource(OWL.NS + "NamedIndividual");

    @Test
    void everyNkTermInTheOntologyIsInNK() {
        Set<String> known = constants().values().stream().map(Resource::getURI).collect(Collectors.toSet());
        Set<String> unknown = new TreeSet<>();
        ontology.listStatements().forEach(s -> {
            for (RDFNode n : List.of(s.getSubject(), s.getPredicate(), s.getObject())) {
                if (n.isURIResource()
                        && n.asResource().getURI().startsWith(NK.NS)
                        && !known.contains(n.asResource().getURI())) {
                    unknown.add(n.asResource().getURI());
                }
            }
        });
        assertEquals(Set.of(), unknown, "nk: terms in the ontology without a constant in NK (or misspelt)");
    }

    @Test
    void propertiesHaveDomainsAndDatatypePropertiesRanges() {
        List<String> problems = new ArrayList<>();
        for (Resource term : constants().values()) {
            if (!(term instanceof org.apache.jena.rdf.model.Property)) continue;
            Resource t = ontology.getResource(term.getURI());
            if (!t.hasProperty(RDFS.domain)) problems.add(term.getLocalName() + " has no rdfs:domain");
            if (t.hasProperty(RDF.type, OWL.DatatypeProperty) && !t.hasProperty(RDFS.range))
                problems.add(term.getLocalName() + " has no rdfs:range");
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void individualsAreTypedByTheirEnumerations() {
        for (Resource k : List.of(NK.summit, NK.meeting, NK.talks, NK.phoneCall)) {
            assertTrue(ontology.contains(k, RDF.type, NK.MeetingKind), k + " a nk:MeetingKind");
        }
        for (Resource s : List.of(NK.held, NK.planned)) {
            assertTrue(ontology.contains(s, RDF.type, NK.MeetingStatus), s + " a nk:MeetingStatus");
        }
        assertEquals(
                "phone call",
                ontology.getResource(NK.phoneCall.getURI())
                        .getProperty(RDFS.label)
                        .getString());
    }

    static Stream<Arguments> alignments() {
        return Stream.of(
                Arguments.of(NK.Article, RDFS.subClassOf, SCHEMA + "NewsArticle"),
                Arguments.of(NK.Person, RDFS.subClassOf, SCHEMA + "Person"),
                Arguments.of(NK.Person, RDFS.subClassOf, NK.Agent.getURI()),
                Arguments.of(NK.Organization, RDFS.subClassOf, NK.Agent.getURI()),
                Arguments.of(NK.Organization, RDFS.subClassOf, SCHEMA + "Organization"),
                Arguments.of(NK.Organization, RDFS.subClassOf, ORG + "Organization"),
                Arguments.of(NK.Location, RDFS.subClassOf, SCHEMA + "Place"),
                Arguments.of(NK.Location, RDFS.subClassOf, SEM + "Place"),
                Arguments.of(NK.Meeting, RDFS.subClassOf, SCHEMA + "Event"),
                Arguments.of(NK.Meeting, RDFS.subClassOf, SEM + "Event"),
                Arguments.of(NK.DirectQuote, RDFS.subClassOf, SCHEMA + "Quotation"),
                Arguments.of(NK.DirectQuote, RDFS.subClassOf, NK.Statement.getURI()),
                Arguments.of(NK.ReportedSpeech, RDFS.subClassOf, NK.Statement.getURI()),
                Arguments.of(NK.Statement, RDFS.subClassOf, PROV + "Entity"),
                Arguments.of(NK.Mention, RDFS.subClassOf, PROV + "Entity"),
                Arguments.of(NK.Agent, RDFS.subClassOf, PROV + "Agent"),
                Arguments.of(NK.Role, RDFS.subClassOf, ORG + "Post"),
                Arguments.of(NK.title, RDFS.subPropertyOf, SCHEMA + "headline"),
                Arguments.of(NK.published, RDFS.subPropertyOf, SCHEMA + "datePublished"),
                Arguments.of(NK.location, RDFS.subPropertyOf, SCHEMA + "location"),
                Arguments.of(NK.participant, RDFS.subPropertyOf, SCHEMA + "attendee"),
                Arguments.of(NK.participant, RDFS.subPropertyOf, SEM + "hasActor"),
                Arguments.of(NK.date, RDFS.subPropertyOf, SEM + "hasTimeStamp"),
                Arguments.of(NK.mentions, RDFS.subPropertyOf, SCHEMA + "mentions"),
                Arguments.of(NK.speaker, RDFS.subPropertyOf, PROV + "wasAttributedTo"),
                Arguments.of(NK.reportedIn, RDFS.subPropertyOf, PROV + "wasDerivedFrom"),
                Arguments.of(NK.inArticle, RDFS.subPropertyOf, PROV + "hadPrimarySource"),
                Arguments.of(NK.holdsRole, RDFS.subPropertyOf, ORG + "holds"));
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("alignments")
    void alignmentAxiom(Resource term, org.apache.jena.rdf.model.Property p, String target) {
        assertTrue(
                ontology.contains(term, p, ontology.getResource(target)),
                term.getLocalName() + " " + p.getLocalName() + " <" + target + "> missing from " + ONTOLOGY);
    }

    // ---------------------------------------------------------------------------------------
    // Shapes

    @Test
    void everyInstantiableClassHasAShape() {
        Set<Resource> targeted =
                shapesModel
                        .listObjectsOfProperty(shapesModel.createProperty(SHACL.targetClass.getURI()))
                        .toList()
                        .stream()
                        .map(RDFNode::asResource)
                        .collect(Collectors.toSet());
        List<Resource> classes = constants().values().stream()
                .filter(r -> !(r instanceof org.apache.jena.rdf.model.Property))
                .filter(r -> ontology.contains(ontology.getResource(r.getURI()), RDF.type, OWL.Class))
                .toList();
        assertEquals(13, classes.size(), "classes of NK: " + classes);
        for (Resource c : classes) {
            assertTrue(targeted.contains(c), "no shape has sh:targetClass " + c);
        }
    }

    @Test
    void everyShapeHasAMessage() {
        org.apache.jena.rdf.model.Property message = shapesModel.createProperty(SHACL.message.getURI());
        List<String> missing = new ArrayList<>();
        shapes.iteratorAll().forEachRemaining(shape -> {
            Resource r = shapesModel.wrapAsResource(shape.getShapeNode());
            // Shapes nested inside sh:or / sh:xone lists are parts of one constraint, not shapes of their own.
            boolean nested = shapesModel.contains(null, RDF.first, r);
            if (!nested && !r.hasProperty(message)) missing.add(shape.toString());
        });
        assertEquals(List.of(), missing, "shapes without sh:message");
    }

    @Test
    void shapesUseOnlyNkTermsOfTheOntology() {
        Set<String> known = constants().values().stream().map(Resource::getURI).collect(Collectors.toSet());
        Set<String> unknown = new TreeSet<>();
        for (Statement s : shapesModel.listStatements().toList()) {
            for (RDFNode n : List.of(s.getSubject(), s.getPredicate(), s.getObject())) {
                if (n.isURIResource()
                        && n.asResource().getURI().startsWith(NK.NS)
                        && !known.contains(n.asResource().getURI())) {
                    unknown.add(n.asResource().getURI());
                }
            }
        }
        assertEquals(Set.of(), unknown, "nk: terms in the shapes that NK does not declare");
    }

    @Test
    void shaclClassChecksNameOnlyAssertedClasses() {
        // The data graphs carry no ontology, so sh:class nk:Agent would never match a person.
        assertFalse(
                shapesModel.contains(
                        null,
                        shapesModel.createProperty(SHACL.class_.getURI()),
                        shapesModel.getResource(NK.Agent.getURI())),
                "sh:class nk:Agent cannot match asserted data");
    }

    @Test
    void everyFixtureGraphConforms() {
        List<Node> names = new ArrayList<>();
        fixtures.listGraphNodes().forEachRemaining(names::add);
        assertEquals(2, names.size(), "graphs in " + VALID);
        for (Node name : names) {
            ValidationReport report = ShaclValidator.get().validate(shapes, fixtures.getGraph(name));
            if (!report.conforms()) {
                fail(name + " in valid-article.trig should conform:\n" + describe(report));
            }
            assertEquals(List.of(), VALIDATOR.violations(fixtures.getGraph(name)), name + ": the pipeline's validator");
        }
    }

    @Test
    void ontologyIndividualsConform() {
        // The kind and status individuals live in the ontology; the shapes check them there.
        ValidationReport report = ShaclValidator.get().validate(shapes, ontology.getGraph());
        if (!report.conforms()) {
            fail("the ontology's individuals should conform:\n" + describe(report));
        }
    }

    // ---------------------------------------------------------------------------------------
    // Broken variants: each must fail at exactly the expected focus nodes, with the expected
    // constraint component.

    static Node id(String local) {
        return NodeFactory.createURI(ID + local);
    }

    static Node nk(String local) {
        return NodeFactory.createURI(NK.NS + local);
    }

    static Node sh(String local) {
        return NodeFactory.createURI(SHACL.getURI() + local);
    }

    static Node xsdInt(int v) {
        return NodeFactory.createLiteralDT(Integer.toString(v), XSDDatatype.XSDint);
    }

    static Consumer<Graph> remove(Node s, Node p) {
        return g -> g.remove(s, p, Node.ANY);
    }

    static Consumer<Graph> replace(Node s, Node p, Node o) {
        return g -> {
            g.remove(s, p, Node.ANY);
            g.add(Triple.create(s, p, o));
        };
    }

    static Consumer<Graph> add(Node s, Node p, Node o) {
        return g -> g.add(Triple.create(s, p, o));
    }

    static Stream<Arguments> brokenVariants() {
        Node peskov1 = id("statement/peskov-1");
        Node talks = id("meeting/riyadh-talks");
        Node m1 = id("mention/m1");
        Node putin = id("person/putin");
        return Stream.of(
                Arguments.of(
                        "statement without speaker",
                        remove(peskov1, nk("speaker")),
                        Set.of(peskov1),
                        sh("MinCountConstraintComponent")),
                Arguments.of(
                        "statement with two speakers",
                        add(peskov1, nk("speaker"), putin),
                        Set.of(peskov1),
                        sh("MaxCountConstraintComponent")),
                Arguments.of(
                        "statement without text",
                        remove(peskov1, nk("text")),
                        Set.of(peskov1),
                        sh("MinCountConstraintComponent")),
                Arguments.of(
                        "speaker typed only nk:Agent",
                        (Consumer<Graph>) g -> {
                            Node x = id("person/someone");
                            g.add(Triple.create(x, RDF.type.asNode(), nk("Agent")));
                            g.remove(peskov1, nk("speaker"), Node.ANY);
                            g.add(Triple.create(peskov1, nk("speaker"), x));
                        },
                        Set.of(peskov1, id("person/someone")),
                        sh("NodeConstraintComponent")),
                Arguments.of(
                        "mention of an untyped node",
                        replace(m1, nk("mentionOf"), id("person/nobody")),
                        Set.of(m1),
                        sh("NodeConstraintComponent")),
                Arguments.of(
                        "statement typed only nk:Statement",
                        (Consumer<Graph>) g -> g.remove(peskov1, RDF.type.asNode(), nk("DirectQuote")),
                        Set.of(peskov1),
                        sh("MinCountConstraintComponent")),
                Arguments.of(
                        "direct quote with kind indirect",
                        replace(peskov1, nk("kind"), NodeFactory.createLiteralString("indirect")),
                        Set.of(peskov1),
                        sh("HasValueConstraintComponent")),
                Arguments.of(
                        "statement kind outside the enumeration",
                        replace(peskov1, nk("kind"), NodeFactory.createLiteralString("quote")),
                        Set.of(peskov1),
                        sh("InConstraintComponent")),
                Arguments.of(
                        "statement typed both direct and reported",
                        add(peskov1, RDF.type.asNode(), nk("ReportedSpeech")),
                        Set.of(peskov1),
                        sh("HasValueConstraintComponent")),
                Arguments.of(
                        "saidOn as a plain string",
                        replace(peskov1, nk("saidOn"), NodeFactory.createLiteralString("Tuesday")),
                        Set.of(peskov1),
                        sh("OrConstraintComponent")),
                Arguments.of(
                        "meeting with an unknown status",
                        replace(talks, nk("status"), nk("cancelled")),
                        Set.of(talks),
                        sh("InConstraintComponent")),
                Arguments.of(
                        "meeting with two statuses",
                        add(talks, nk("status"), nk("planned")),
                        Set.of(talks),
                        sh("MaxCountConstraintComponent")),
                Arguments.of(
                        "meeting without kind",
                        remove(talks, nk("meetingKind")),
                        Set.of(talks),
                        sh("MinCountConstraintComponent")),
                Arguments.of(
                        "meeting kind as a string",
                        replace(talks, nk("meetingKind"), NodeFactory.createLiteralString("talks")),
                        Set.of(talks),
                        sh("InConstraintComponent")),
                Arguments.of(
                        "meeting date as xsd:dateTime",
                        replace(
                                talks,
                                nk("date"),
                                NodeFactory.createLiteralDT("2025-02-18T10:00:00", XSDDatatype.XSDdateTime)),
                        Set.of(talks),
                        sh("OrConstraintComponent")),
                Arguments.of(
                        "offset of wrong datatype",
                        replace(m1, nk("startOffset"), NodeFactory.createLiteralDT("120", XSDDatatype.XSDinteger)),
                        Set.of(m1),
                        sh("DatatypeConstraintComponent")),
                Arguments.of(
                        "end before start",
                        replace(m1, nk("endOffset"), xsdInt(100)),
                        Set.of(m1),
                        sh("LessThanOrEqualsConstraintComponent")),
                Arguments.of(
                        "mention without article",
                        remove(m1, nk("inArticle")),
                        Set.of(m1),
                        sh("MinCountConstraintComponent")),
                Arguments.of(
                        "person without label",
                        remove(putin, RDFS.label.asNode()),
                        Set.of(putin),
                        sh("MinCountConstraintComponent")),
                Arguments.of(
                        "person with an undeclared property",
                        add(putin, nk("nickname"), NodeFactory.createLiteralString("VVP")),
                        Set.of(putin),
                        sh("ClosedConstraintComponent")),
                Arguments.of(
                        "sameAs outside Wikidata",
                        replace(
                                putin,
                                OWL.sameAs.asNode(),
                                NodeFactory.createURI("http://dbpedia.org/resource/Vladimir_Putin")),
                        Set.of(putin),
                        sh("PatternConstraintComponent")),
                Arguments.of(
                        "article without source file",
                        remove(ARTICLE, nk("sourceFile")),
                        Set.of(ARTICLE),
                        sh("MinCountConstraintComponent")),
                Arguments.of(
                        "published as a string",
                        replace(ARTICLE, nk("published"), NodeFactory.createLiteralString("19 February 2025")),
                        Set.of(ARTICLE),
                        sh("DatatypeConstraintComponent")),
                Arguments.of(
                        "role held that is not a role",
                        replace(putin, nk("holdsRole"), id("location/russia")),
                        Set.of(putin),
                        sh("ClassConstraintComponent")),
                Arguments.of(
                        "unknown meeting status individual",
                        add(nk("cancelled"), RDF.type.asNode(), nk("MeetingStatus")),
                        Set.of(nk("cancelled")),
                        null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenVariants")
    void brokenVariantIsRejected(String name, Consumer<Graph> breakIt, Set<Node> focus, Node component) {
        Graph g = GraphFactory.createDefaultGraph();
        valid.find().forEachRemaining(g::add);
        breakIt.accept(g);
        ValidationReport report = ShaclValidator.get().validate(shapes, g);
        assertFalse(report.conforms(), name + ": should not conform");
        // the pipeline's own check (no report unless it fails) agrees
        assertFalse(VALIDATOR.violations(g).isEmpty(), name + ": the pipeline's validator lets it through");
        Set<Node> actualFocus =
                report.getEntries().stream().map(ReportEntry::focusNode).collect(Collectors.toSet());
        assertEquals(focus, actualFocus, name + ": focus nodes\n" + describe(report));
        if (component != null) {
            assertTrue(
                    report.getEntries().stream().anyMatch(e -> component.equals(e.sourceConstraintComponent())),
                    name + ": expected a " + component.getLocalName() + " violation\n" + describe(report));
        }
        for (ReportEntry e : report.getEntries()) {
            assertFalse(e.message() == null || e.message().isBlank(), name + ": entry without message " + e);
        }
    }

    static String describe(ValidationReport report) {
        StringBuilder sb = new StringBuilder();
        for (ReportEntry e : report.getEntries()) {
            sb.append("  ")
                    .append(e.focusNode())
                    .append(' ')
                    .append(e.resultPath())
                    .append(' ')
                    .append(
                            e.sourceConstraintComponent() == null
                                    ? ""
                                    : e.sourceConstraintComponent().getLocalName())
                    .append(": ")
                    .append(e.message())
                    .append('\n');
        }
        return sb.toString();
    }
}

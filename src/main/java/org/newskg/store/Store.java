package org.newskg.store;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.params.StoreParams;
import org.apache.jena.tdb2.params.StoreParamsBuilder;
import org.apache.jena.tdb2.params.StoreParamsCodec;
import org.apache.jena.tdb2.sys.DatabaseOps;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The TDB2 store: one named graph per article, the default graph the union of them all. Articles
 * are written in transactions of whole articles (one, or a batch), so a crash leaves only whole
 * articles, and writing an article again replaces its graph (ingest is idempotent).
 */
public final class Store implements GraphTarget {

    private final Dataset dataset;
    private final Path dir;

    private Store(Path dir, Dataset dataset) {
        this.dir = dir;
        this.dataset = dataset;
    }

    /**
     * The layout of a new store: TDB2's default keeps six quad indexes, three of them graph-first
     * (GSPO, GPOS, GOSP). Our graphs are single articles of a few hundred quads, so any pattern
     * with its graph bound is answered by scanning that graph in GSPO; GPOS and GOSP would only
     * double-index what SPOG/POSG/OSPG already serve for the union graph. Four indexes make every
     * write a third cheaper. TDB2 records the layout in the store's {@code tdb.cfg}; stores made
     * before keep the six they have.
     */
    static final StoreParams PARAMS = StoreParamsBuilder.create("newskg", StoreParams.getDftStoreParams())
            .quadIndexes(new String[] {"GSPO", "SPOG", "POSG", "OSPG"}).build();

    /**
     * Opens (creating if needed) the store in a folder.
     *
     * @throws StoreLockedException when another process (e.g. a running server) holds the store
     */
    public static Store open(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (java.io.IOException e) {
            throw new StoreException("cannot create store folder " + dir + ": " + e.getMessage(), e);
        }
        long holder = lockHolder(dir);
        if (holder > 0) {
            throw locked(dir, holder, null);
        }
        try {
            Dataset ds = DatasetFactory.wrap(DatabaseMgr.connectDatasetGraph(Location.create(dir.toString()), PARAMS));
            // queries see one graph: the union of the article graphs
            ds.getContext().set(TDB2.symUnionDefaultGraph, true);
            return new Store(dir, ds);
        } catch (RuntimeException e) {
            String m = String.valueOf(e.getMessage());
            if (m.contains("lock") || m.contains("Lock") || e.getClass().getSimpleName().contains("Lock")) {
                throw locked(dir, lockHolder(dir), e);
            }
            throw new StoreException("cannot open store " + dir + ": " + m, e);
        }
    }

    /**
     * The process holding the store, or 0. TDB2 allows one JVM per store and records its PID in
     * {@code tdb.lock}; a lock left by a process that has died (a crash) is stale and TDB2 takes it over.
     */
    static long lockHolder(Path dir) {
        Path lock = dir.resolve("tdb.lock");
        try {
            if (!Files.isRegularFile(lock)) {
                return 0;
            }
            String text = Files.readString(lock).strip();
            if (text.isEmpty()) {
                return 0;
            }
            long pid = Long.parseLong(text);
            if (pid == ProcessHandle.current().pid()) {
                return 0;
            }
            return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false) ? pid : 0;
        } catch (java.io.IOException | NumberFormatException e) {
            return 0;
        }
    }

    private static StoreLockedException locked(Path dir, long pid, Throwable cause) {
        String who = pid > 0 ? "process " + pid + describe(pid) : "another process";
        return new StoreLockedException("the store " + dir + " is in use by " + who + "; a store can be opened by one "
                + "process at a time. Stop that process (e.g. `newskg serve`), or ingest into the running server with "
                + "`newskg ingest --remote http://127.0.0.1:PORT/newskg/data` (needs `serve --allow-update`).", cause);
    }

    private static String describe(long pid) {
        return ProcessHandle.of(pid).flatMap(h -> h.info().commandLine())
                .map(c -> c.contains(" serve") ? " (`newskg serve`)" : c.contains(" ingest") ? " (`newskg ingest`)" : "")
                .orElse("");
    }

    public Dataset dataset() {
        return dataset;
    }

    public DatasetGraph datasetGraph() {
        return dataset.asDatasetGraph();
    }

    public Path dir() {
        return dir;
    }

    /** The store's folder; no quad count, since counting walks every quad (a second per half million). */
    @Override
    public String describe() {
        return dir.toAbsolutePath().toString();
    }

    /** Replaces the graph {@code graphName} with {@code quads}, in one transaction. */
    @Override
    public Outcome replaceGraph(Node graphName, List<Quad> quads) {
        return Txn.calculateWrite(dataset, () -> replaceInTxn(graphName, quads));
    }

    /**
     * Replaces several article graphs in one write transaction: a commit costs far more than the
     * writes of one article, and a crash still leaves only whole articles.
     */
    @Override
    public List<Outcome> replaceGraphs(List<GraphWrite> batch) {
        return Txn.calculateWrite(dataset, () -> {
            List<Outcome> out = new java.util.ArrayList<>(batch.size());
            for (GraphWrite w : batch) {
                out.add(replaceInTxn(w.graphName(), w.quads()));
            }
            return out;
        });
    }

    private Outcome replaceInTxn(Node graphName, List<Quad> quads) {
        {
            DatasetGraph dsg = dataset.asDatasetGraph();
            Graph existing = dsg.getGraph(graphName);
            boolean had = !existing.isEmpty();
            if (had) {
                Graph fresh = GraphFactory.createDefaultGraph();
                for (Quad q : quads) {
                    fresh.add(q.asTriple());
                }
                if (fresh.size() == existing.size() && fresh.isIsomorphicWith(existing)) {
                    return Outcome.UNCHANGED;
                }
                dsg.removeGraph(graphName);
            }
            for (Quad q : quads) {
                dsg.add(graphName, q.getSubject(), q.getPredicate(), q.getObject());
            }
            return had ? Outcome.REPLACED : Outcome.STORED;
        }
    }

    /**
     * Rewrites the store without the blocks earlier commits replaced (TDB2 keeps them: a store that
     * took many small commits can be several times its content). Holds the store for the duration.
     *
     * @return bytes on disk before and after
     */
    public long[] compact() {
        long before = bytesOnDisk();
        DatabaseMgr.compact(dataset.asDatasetGraph(), true);
        dropUnusedQuadIndexes();
        return new long[] {before, bytesOnDisk()};
    }

    /**
     * Jena's compaction writes the new generation with all six default quad indexes, whatever the
     * store's layout; the ones {@code tdb.cfg} does not list are never opened again and would go
     * stale on the next write, so they are removed.
     */
    private void dropUnusedQuadIndexes() {
        Location container = Location.create(dir.toString());
        StoreParams layout = Files.isRegularFile(dir.resolve("tdb.cfg")) ? StoreParamsCodec.read(container) : null;
        Path generation = DatabaseOps.findStorageLocation(container);
        if (layout == null || generation == null) {
            return;
        }
        List<String> kept = List.of(layout.getQuadIndexes());
        for (String index : StoreParams.getDftStoreParams().getQuadIndexes()) {
            if (kept.contains(index)) {
                continue;
            }
            for (String ext : new String[] {".bpt", ".dat", ".idn"}) {
                try {
                    Files.deleteIfExists(generation.resolve(index + ext));
                } catch (java.io.IOException e) {
                    // a file still mapped on a system that cannot delete it: unused, only space
                }
            }
        }
    }

    /** Size of the store's files. */
    public long bytesOnDisk() {
        return bytesOnDisk(dir);
    }

    /** Size of the files of the store in {@code dir}; -1 if it cannot be read. */
    public static long bytesOnDisk(Path dir) {
        try (var files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            return -1;
        }
    }

    /** The graph holding the ontology itself, so queries can use its labels and hierarchy. */
    public static final Node ONTOLOGY_GRAPH = org.apache.jena.graph.NodeFactory.createURI("https://newskg.org/ontology");

    /** The ontology shipped with this version, as quads in {@link #ONTOLOGY_GRAPH}. */
    public static List<Quad> ontologyQuads() {
        Graph onto = GraphFactory.createDefaultGraph();
        try (java.io.InputStream in = Store.class.getResourceAsStream("/ontology/newskg.ttl")) {
            if (in == null) {
                throw new StoreException("ontology/newskg.ttl is missing from the class path", null);
            }
            org.apache.jena.riot.RDFParser.source(in).lang(org.apache.jena.riot.Lang.TURTLE).parse(onto);
        } catch (java.io.IOException e) {
            throw new StoreException("cannot read the ontology: " + e.getMessage(), e);
        }
        List<Quad> quads = new java.util.ArrayList<>();
        onto.find().forEachRemaining(t -> quads.add(Quad.create(ONTOLOGY_GRAPH, t)));
        return quads;
    }

    /** Number of quads in all named graphs. */
    public long quadCount() {
        return Txn.calculateRead(dataset, () -> {
            long n = 0;
            var it = dataset.asDatasetGraph().find(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
            while (it.hasNext()) {
                it.next();
                n++;
            }
            return n;
        });
    }

    @Override
    public void close() {
        dataset.close();
        org.apache.jena.tdb2.sys.TDBInternal.expel(dataset.asDatasetGraph());
        // TDB2 keeps its tdb.lock (our PID) until the JVM exits; release it so that another process
        // (e.g. a server started after a test or an embedded ingest) can open the store now
        try {
            Path lock = dir.resolve("tdb.lock");
            if (Files.isRegularFile(lock)
                    && Files.readString(lock).strip().equals(Long.toString(ProcessHandle.current().pid()))) {
                Files.delete(lock);
            }
        } catch (java.io.IOException | RuntimeException e) {
            // the lock stays; TDB2 takes it over once this process has exited
        }
    }

    /** A store problem a user can act on. */
    public static class StoreException extends RuntimeException {
        public StoreException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The store is held by another process. */
    public static final class StoreLockedException extends StoreException {
        public StoreLockedException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}

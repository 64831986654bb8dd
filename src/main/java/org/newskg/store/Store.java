package org.newskg.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.params.StoreParams;
import org.apache.jena.tdb2.params.StoreParamsBuilder;
import org.apache.jena.tdb2.params.StoreParamsCodec;
import org.apache.jena.tdb2.sys.DatabaseOps;

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
            .quadIndexes(new String[] {"GSPO", "SPOG", "POSG", "OSPG"})
            .build();

    /**
     * Opens (creating if needed) the store in a folder: for commands that write (ingest).
     *
     * @throws StoreLockedException when another process (e.g. a running server) holds the store
     */
    public static Store open(Path dir) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new StoreException("--db " + dir + " is a file, not a store folder", null);
        }
        try {
            Files.createDirectories(dir);
        } catch (java.io.IOException e) {
            throw new StoreException("cannot create store folder " + dir + ": " + e.getMessage(), e);
        }
        return connect(dir);
    }

    /**
     * Opens the store in a folder that already holds one: for commands that only read (query,
     * serve, export, compact). A folder without a store is refused rather than given an empty one:
     * a mistyped {@code --db} would otherwise write store files into, say, a folder of articles and
     * answer every query with nothing.
     *
     * @throws NoStoreException when {@code dir} holds no store
     */
    public static Store openExisting(Path dir) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new NoStoreException("--db " + dir + " is a file, not a store folder");
        }
        if (!isStore(dir)) {
            throw new NoStoreException(
                    "no store at " + dir + " (make one with `newskg ingest --db " + dir + " PATH...`)");
        }
        return connect(dir);
    }

    /** Whether {@code dir} holds a TDB2 store: a folder with a {@code Data-NNNN} generation in it. */
    public static boolean isStore(Path dir) {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (var children = Files.list(dir)) {
            return children.anyMatch(c -> c.getFileName().toString().matches("Data-\\d+") && Files.isDirectory(c));
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            return false;
        }
    }

    private static Store connect(Path dir) {
        long holder = lockHolder(dir);
        if (holder != 0) {
            throw locked(dir, holder, null);
        }
        try {
            Dataset ds = DatasetFactory.wrap(DatabaseMgr.connectDatasetGraph(Location.create(dir.toString()), PARAMS));
            // queries see one graph: the union of the article graphs
            ds.getContext().set(TDB2.symUnionDefaultGraph, true);
            return new Store(dir, ds);
        } catch (RuntimeException e) {
            String m = String.valueOf(e.getMessage());
            if (m.contains("lock")
                    || m.contains("Lock")
                    || e.getClass().getSimpleName().contains("Lock")) {
                throw locked(dir, lockHolder(dir), e);
            }
            if (!Files.isWritable(dir)) {
                throw new StoreException(
                        "cannot open store " + dir + ": the folder is not writable. TDB2 writes its "
                                + "lock and journal even to read, so a store on read-only media must be copied to writable "
                                + "storage first",
                        e);
            }
            throw new StoreException("cannot open store " + dir + ": " + m, e);
        }
    }

    /**
     * The process holding the store: its PID, -1 when held by a process whose PID is not known, or
     * 0 when the store is free. TDB2 holds an OS file lock on {@code tdb.lock} for as long as a
     * process has the store open, and writes the holder's PID into it as a label. The lock, not the
     * PID, decides: after a crash or a power cut the file remains with a PID that may since belong to
     * another process (the PID alone once blocked such a store for good), but nobody holds its lock.
     */
    static long lockHolder(Path dir) {
        Path lock = dir.resolve("tdb.lock");
        if (!Files.isRegularFile(lock)) {
            return 0;
        }
        long pid;
        try {
            String text = Files.readString(lock).strip();
            pid = text.isEmpty() ? -1 : Long.parseLong(text);
        } catch (java.io.IOException | NumberFormatException e) {
            pid = -1;
        }
        if (pid == ProcessHandle.current().pid()) {
            // this JVM: TDB2 shares an open store within a process. (Probing would also be wrong
            // here: closing a channel drops every lock this process holds on the file.)
            return 0;
        }
        try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(
                lock, java.nio.file.StandardOpenOption.READ, java.nio.file.StandardOpenOption.WRITE)) {
            java.nio.channels.FileLock probe = ch.tryLock();
            if (probe != null) {
                probe.release();
                return 0; // a stale lock file: TDB2 takes it over
            }
            return pid;
        } catch (java.nio.channels.OverlappingFileLockException e) {
            return 0; // held within this JVM
        } catch (java.io.IOException e) {
            // cannot probe (e.g. read-only): fall back to whether the recorded process lives
            return pid > 0 && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false) ? pid : 0;
        }
    }

    private static StoreLockedException locked(Path dir, long pid, Throwable cause) {
        String who = pid > 0 ? "process " + pid + describe(pid) : "another process";
        return new StoreLockedException(
                "the store " + dir + " is in use by " + who + "; a store can be opened by one "
                        + "process at a time. Stop that process (e.g. `newskg serve`), or ingest into the running server with "
                        + "`newskg ingest --remote http://127.0.0.1:PORT/newskg/data` (needs `serve --allow-update`). "
                        + "If that process is not newskg (possible only where the file system has no locks), delete "
                        + dir.resolve("tdb.lock") + ".",
                cause);
    }

    private static String describe(long pid) {
        return ProcessHandle.of(pid)
                .flatMap(h -> h.info().commandLine())
                .map(c ->
                        c.contains(" serve") ? " (`newskg serve`)" : c.contains(" ingest") ? " (`newskg ingest`)" : "")
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
        return write(() -> replaceInTxn(graphName, quads));
    }

    /**
     * Replaces several article graphs in one write transaction: a commit costs far more than the
     * writes of one article, and a crash still leaves only whole articles.
     */
    @Override
    public List<Outcome> replaceGraphs(List<GraphWrite> batch) {
        return write(() -> {
            List<Outcome> out = new java.util.ArrayList<>(batch.size());
            for (GraphWrite w : batch) {
                out.add(replaceInTxn(w.graphName(), w.quads()));
            }
            return out;
        });
    }

    /**
     * One write transaction; a failure is turned into a message a user can act on. TDB2 writes
     * through memory-mapped files, so a full disk shows as an {@link InternalError} (a fault in a
     * mapped write) as often as an IOException. The transaction is aborted: the store keeps every
     * commit before it.
     */
    <T> T write(java.util.function.Supplier<T> action) {
        try {
            return Txn.calculateWrite(dataset, action);
        } catch (RuntimeException | InternalError e) {
            throw writeFailure(dir, e);
        }
    }

    /** Free space below which a failed write is put down to a full disk. */
    static final long LOW_SPACE_BYTES = 16L * 1024 * 1024;

    /** The exception to report for a failed write to the store in {@code dir}. */
    static StoreException writeFailure(Path dir, Throwable e) {
        if (e instanceof StoreException se) {
            return se;
        }
        long free = freeSpace(dir);
        if (noSpace(e) || free >= 0 && free < LOW_SPACE_BYTES) {
            return new DiskFullException(dir, free, e);
        }
        return new StoreException("cannot write to the store " + dir + " (" + free + " bytes free): " + e, e);
    }

    private static boolean noSpace(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String m = t.getMessage();
            if (m != null
                    && (m.contains("No space left on device") || m.contains("There is not enough space on the disk"))) {
                return true;
            }
        }
        return false;
    }

    /** Bytes free for this user on the file system of {@code dir}, or -1 when unknown. */
    static long freeSpace(Path dir) {
        try {
            return Files.getFileStore(dir).getUsableSpace();
        } catch (java.io.IOException | RuntimeException e) {
            return -1;
        }
    }

    private Outcome replaceInTxn(Node graphName, List<Quad> quads) {
        {
            DatasetGraph dsg = dataset.asDatasetGraph();
            Graph existing = dsg.getGraph(graphName);
            boolean had = !existing.isEmpty();
            if (had) {
                Graph fresh = GraphFactory.createDefaultGraph();
                // the stored graph may carry the cross-article reduce's joins: the same article joined
                // the same way is unchanged (if it is not, the next reduce joins it again)
                PersonJoins.asStored(quads.stream().map(Quad::asTriple).toList(), existing)
                        .forEach(fresh::add);
                if (fresh.size() == existing.size() && fresh.isIsomorphicWith(existing)) {
                    return Outcome.UNCHANGED;
                }
                dsg.removeGraph(graphName);
            }
            StreamRDF into = into(dsg, graphName);
            quads.forEach(into::quad);
            return had ? Outcome.REPLACED : Outcome.STORED;
        }
    }

    /**
     * Where an article's quads enter the store, the store's end of {@code Pipeline.process(article,
     * sink)}: every quad sent goes into {@code graphName} of {@code dsg}, whatever graph it names.
     * Only inside a write transaction, which TDB2 binds to one thread; that is why ingest's workers
     * keep each article's quads in memory and the writer sends a batch of them through here in one
     * transaction.
     */
    static StreamRDF into(DatasetGraph dsg, Node graphName) {
        StreamRDF add = StreamRDFLib.dataset(dsg);
        return new StreamRDFWrapper(add) {
            @Override
            public void quad(Quad q) {
                add.quad(q.getGraph().equals(graphName) ? q : Quad.create(graphName, q.asTriple()));
            }

            @Override
            public void triple(org.apache.jena.graph.Triple t) {
                add.quad(Quad.create(graphName, t));
            }
        };
    }

    /**
     * Rewrites the store without the blocks earlier commits replaced (TDB2 keeps them: a store that
     * took many small commits can be several times its content). Holds the store for the duration.
     *
     * @return bytes on disk before and after
     */
    public long[] compact() {
        long before = bytesOnDisk();
        // the new generation is written beside the old one and is at most its size; running out of
        // room half-way wastes the time and leaves a half-written generation for TDB2 to clear
        long free = freeSpace(dir);
        if (before > 0 && free >= 0 && free < before + LOW_SPACE_BYTES) {
            throw new DiskFullException(
                    "not enough free space to compact " + dir + ": it may need up to "
                            + (before + LOW_SPACE_BYTES) + " bytes (the store's size and a margin) and " + free
                            + " bytes are free. Free some space, or copy the store where there is room and compact it there",
                    null);
        }
        try {
            DatabaseMgr.compact(dataset.asDatasetGraph(), true);
        } catch (RuntimeException | InternalError e) {
            throw writeFailure(dir, e);
        }
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

    /**
     * Disk space the store in {@code dir} takes, as {@code du} counts it; -1 if it cannot be read.
     * TDB2 extends its memory-mapped files in large steps that stay sparse, so their apparent size
     * (what {@link #apparentBytes} adds up) overstates the space by a wide margin on a small store.
     * Java cannot see allocated blocks, so this asks {@code du}, and falls back to apparent size.
     */
    public static long bytesOnDisk(Path dir) {
        try {
            Process du = new ProcessBuilder("du", "-sk", dir.toString())
                    .redirectErrorStream(false)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            String out =
                    new String(du.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip();
            if (du.waitFor() == 0 && out.matches("\\d+\\s.*")) {
                return Long.parseLong(out.split("\\s", 2)[0]) * 1024;
            }
        } catch (java.io.IOException | RuntimeException e) {
            // no du: apparent size
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return apparentBytes(dir);
    }

    /** Sum of the sizes of the files of the store in {@code dir}; -1 if it cannot be read. */
    public static long apparentBytes(Path dir) {
        try (var files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .mapToLong(f -> f.toFile().length())
                    .sum();
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            return -1;
        }
    }

    /** The graph holding the ontology itself, so queries can use its labels and hierarchy. */
    public static final Node ONTOLOGY_GRAPH =
            org.apache.jena.graph.NodeFactory.createURI("https://newskg.org/ontology");

    /** The ontology shipped with this version, as quads in {@link #ONTOLOGY_GRAPH}. */
    public static List<Quad> ontologyQuads() {
        Graph onto = GraphFactory.createDefaultGraph();
        try (java.io.InputStream in = Store.class.getResourceAsStream("/ontology/newskg.ttl")) {
            if (in == null) {
                throw new StoreException("ontology/newskg.ttl is missing from the class path", null);
            }
            org.apache.jena.riot.RDFParser.source(in)
                    .lang(org.apache.jena.riot.Lang.TURTLE)
                    .parse(onto);
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
        try {
            dataset.close();
            org.apache.jena.tdb2.sys.TDBInternal.expel(dataset.asDatasetGraph());
        } catch (RuntimeException | InternalError e) {
            // after a failed write (a full disk) closing can fail too; what was committed is on disk
        }
        // TDB2 keeps its tdb.lock (our PID) until the JVM exits; release it so that another process
        // (e.g. a server started after a test or an embedded ingest) can open the store now
        try {
            Path lock = dir.resolve("tdb.lock");
            if (Files.isRegularFile(lock)
                    && Files.readString(lock)
                            .strip()
                            .equals(Long.toString(ProcessHandle.current().pid()))) {
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

    /** A folder that holds no store, given to a command that only reads. */
    public static final class NoStoreException extends StoreException {
        public NoStoreException(String message) {
            super(message, null);
        }
    }

    /** A write failed for want of space; the store keeps every commit before it. */
    public static final class DiskFullException extends StoreException {
        DiskFullException(Path dir, long free, Throwable cause) {
            super(
                    "disk full (" + (free >= 0 ? free + " bytes" : "no space") + " free in " + dir.toAbsolutePath()
                            + "); the store keeps every article committed before. Free some space and run the same command "
                            + "again: stored articles are not written twice",
                    cause);
        }

        DiskFullException(String message, Throwable cause) {
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

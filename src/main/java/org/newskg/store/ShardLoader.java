package org.newskg.store;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.loader.main.LoaderPlan;
import org.apache.jena.tdb2.loader.main.LoaderPlans;
import org.apache.jena.tdb2.params.StoreParams;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.newskg.problem.Problem;
import org.newskg.problem.ProblemReporter;

/**
 * Loads N-Quads shards (what the Spark job writes: one named graph per article, gzip or not) into
 * a store, replacing each graph a shard holds, so loading a shard again changes nothing.
 *
 * <p>Two passes. The first parses every shard and notes its graphs: a shard that does not parse is
 * reported and left out before anything is written, and the graphs the store already holds are
 * known. Those are removed (one transaction); then TDB2's bulk loader writes the rest. The bulk
 * loader fills each index in sorted runs rather than through one B+tree insert per quad per index
 * as a transaction does, which is where its speed comes from; it cannot delete, hence the removal
 * first. A crash between the two leaves those graphs absent until the load is run again.
 */
public final class ShardLoader {
    private ShardLoader() {}

    /**
     * How TDB2's bulk loader spreads its work over threads ({@link LoaderFactory}). Phased (the
     * default): nodes and the primary indexes first, the other indexes in later phases from those,
     * three or four threads at a time; it suits a machine of a few cores that also runs other
     * things, and this one's two. Parallel: every index at once, a thread each (eight or more
     * threads), fastest with many cores and an SSD, slower than phased when threads outnumber cores.
     */
    public enum Plan {
        PHASED,
        PARALLEL
    }

    /** What a load did. */
    public record Summary(
            int shards, int graphs, int replaced, int failedShards, long quads, long millis, List<Problem> problems) {
        public Summary {
            problems = List.copyOf(problems);
        }

        public String describe() {
            double s = millis / 1000.0;
            return String.format(
                    Locale.ROOT,
                    "load: %d shards, %d graphs (%d replaced), %d shards failed; %d quads in %.1f s (%.0f quads/s)",
                    shards,
                    graphs,
                    replaced,
                    failedShards,
                    quads,
                    s,
                    s > 0 ? quads / s : 0);
        }
    }

    /**
     * The shard files under the given paths: a file named is taken as it is; a folder gives its
     * files (not recursively) except those whose names start with {@code _} or {@code .} (Spark's
     * {@code _SUCCESS}, {@code _problems}, {@code _summary}, hidden files), in name order.
     */
    public static List<Path> shards(List<Path> paths, ProblemReporter problems) {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isRegularFile(p)) {
                out.add(p);
            } else if (Files.isDirectory(p)) {
                try (var files = Files.list(p)) {
                    files.filter(f -> {
                                String n = f.getFileName().toString();
                                return !n.startsWith("_") && !n.startsWith(".") && Files.isRegularFile(f);
                            })
                            .sorted()
                            .forEach(out::add);
                } catch (IOException | java.io.UncheckedIOException e) {
                    problems.report(Problem.error(p.toString(), "cannot list the folder: " + e.getMessage()));
                }
            } else {
                problems.report(Problem.error(p.toString(), Files.exists(p) ? "not a file or folder" : "no such file"));
            }
        }
        return out;
    }

    /** A shard's bytes, gunzipped when they start with gzip's magic number (whatever the name). */
    static InputStream open(Path shard) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(shard), 1 << 16);
        in.mark(2);
        int b1 = in.read();
        int b2 = in.read();
        in.reset();
        return b1 == 0x1f && b2 == 0x8b ? new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16) : in;
    }

    /**
     * Pass one: each shard that parses, with the graphs it holds; the others are reported. A graph
     * found in an earlier shard too is reported as a warning (two runs over the same articles): both
     * copies are loaded, which for the same article is the same graph.
     */
    static Map<Path, Set<Node>> scan(List<Path> shards, ProblemReporter problems, Consumer<String> progress) {
        Map<Path, Set<Node>> out = new LinkedHashMap<>();
        Set<Node> all = new HashSet<>();
        for (Path shard : shards) {
            Set<Node> graphs = new HashSet<>();
            try (InputStream in = open(shard)) {
                RDFParser.source(in).lang(Lang.NQUADS).parse(new StreamRDFBase() {
                    @Override
                    public void quad(Quad q) {
                        graphs.add(q.getGraph());
                    }
                });
            } catch (IOException | RiotException e) {
                problems.report(Problem.error(shard.toString(), "not loaded: not N-Quads: " + e.getMessage()));
                continue;
            }
            long again = graphs.stream().filter(all::contains).count();
            if (again > 0) {
                problems.report(Problem.warning(
                        shard.toString(), again + " of its graphs are in an earlier shard too; loaded from both"));
            }
            all.addAll(graphs);
            out.put(shard, graphs);
            progress.accept(
                    "... scanned " + out.size() + " of " + shards.size() + " shards, " + all.size() + " graphs");
        }
        return out;
    }

    /** Loads the shards into a TDB2 store with the bulk loader; the ontology graph is refreshed as ingest does. */
    public static Summary load(
            Store store, List<Path> shards, Plan plan, ProblemReporter problems, Consumer<String> progress) {
        long t0 = System.nanoTime();
        Map<Path, Set<Node>> good = scan(shards, problems, progress);
        Set<Node> graphs = new HashSet<>();
        good.values().forEach(graphs::addAll);
        DatasetGraph dsg = store.datasetGraph();
        int replaced;
        try {
            replaced = Txn.calculateWrite(dsg, () -> {
                int n = 0;
                for (Node g : graphs) {
                    if (dsg.containsGraph(g)) {
                        dsg.removeGraph(g);
                        n++;
                    }
                }
                return n;
            });
            store.ensureOntology();
        } catch (RuntimeException | InternalError e) {
            throw Store.writeFailure(store.dir(), e);
        }
        DataLoader loader = LoaderFactory.createLoader(
                plan(dsg, plan), dsg, (fmt, args) -> progress.accept("... " + String.format(fmt, args)));
        loader.startBulk();
        try {
            for (Path shard : good.keySet()) {
                try (InputStream in = open(shard)) {
                    loader.loadFromInputStream(shard.toString(), in, Lang.NQUADS);
                }
            }
            loader.finishBulk();
        } catch (IOException | RuntimeException | InternalError e) {
            // the scan parsed every shard, so this is the disk or the store: what was loaded is rolled back
            loader.finishException(e instanceof Exception x ? x : new RuntimeException(e));
            throw Store.writeFailure(store.dir(), e);
        }
        return new Summary(
                shards.size(),
                graphs.size(),
                replaced,
                shards.size() - good.size(),
                loader.countQuads(),
                (System.nanoTime() - t0) / 1_000_000,
                problemsOf(problems));
    }

    /**
     * The loader plan for this store's own indexes. Jena's ready-made plans name the default six
     * quad indexes; a newskg store has four ({@link Store#PARAMS}), and an older one six, so the plan
     * is made from what the store's {@code tdb.cfg} lists: the first index of each kind is built from
     * the parsed data, the others from it.
     */
    static LoaderPlan plan(DatasetGraph dsg, Plan plan) {
        StoreParams params = TDBInternal.getDatasetGraphTDB(dsg).getStoreParams();
        String[] triples = params.getTripleIndexes();
        String[] quads = params.getQuadIndexes();
        return switch (plan) {
            case PHASED ->
                new LoaderPlan(
                        LoaderPlans.loaderPlanPhased.dataInputType(),
                        new String[] {triples[0]},
                        new String[] {quads[0]},
                        new String[][] {rest(triples)},
                        new String[][] {rest(quads)});
            case PARALLEL ->
                new LoaderPlan(
                        LoaderPlans.loaderPlanParallel.dataInputType(),
                        triples,
                        quads,
                        new String[][] {},
                        new String[][] {});
        };
    }

    private static String[] rest(String[] a) {
        return java.util.Arrays.copyOfRange(a, 1, a.length);
    }

    /** Graphs sent to a remote store per batch. */
    static final int REMOTE_BATCH = 64;

    /**
     * Loads the shards into any {@link GraphTarget}: a SPARQL store over the Graph Store Protocol, each
     * graph PUT whole, or a {@link Store} through ingest's writer (batches of whole graphs in write
     * transactions), each replacing what the store held. The quads of one graph must be together
     * in one shard, as the Spark job writes them; a graph met again later is reported, not sent, since
     * sending it would replace its first part.
     */
    public static Summary load(
            GraphTarget target, List<Path> shards, ProblemReporter problems, Consumer<String> progress) {
        long t0 = System.nanoTime();
        target.ensureOntology();
        Set<Node> sent = new HashSet<>();
        long[] quads = {0};
        int[] graphs = {0, 0}; // sent, replaced
        int failed = 0;
        for (Path shard : shards) {
            List<GraphTarget.GraphWrite> batch = new ArrayList<>();
            Runnable flush = () -> {
                List<GraphTarget.Outcome> outcomes = target.replaceGraphs(batch);
                for (int i = 0; i < batch.size(); i++) {
                    graphs[0]++;
                    quads[0] += batch.get(i).quads().size();
                    if (outcomes.get(i) != GraphTarget.Outcome.STORED) {
                        graphs[1]++;
                    }
                }
                batch.clear();
                progress.accept("... " + graphs[0] + " graphs, " + quads[0] + " quads sent");
            };
            StreamRDF grouping = new StreamRDFBase() {
                Node current;
                List<Quad> quadsOfCurrent = new ArrayList<>();

                @Override
                public void quad(Quad q) {
                    if (!q.getGraph().equals(current)) {
                        end();
                        current = q.getGraph();
                        if (!sent.add(current)) {
                            problems.report(Problem.error(
                                    shard.toString(),
                                    "graph " + current + " is split (its quads are not together); its later "
                                            + "quads are not sent"));
                            current = null;
                            return;
                        }
                    }
                    if (current != null) {
                        quadsOfCurrent.add(q);
                    }
                }

                @Override
                public void finish() {
                    end();
                }

                private void end() {
                    if (current != null && !quadsOfCurrent.isEmpty()) {
                        batch.add(new GraphTarget.GraphWrite(current, quadsOfCurrent));
                        quadsOfCurrent = new ArrayList<>();
                        if (batch.size() >= REMOTE_BATCH) {
                            flush.run();
                        }
                    }
                    current = null;
                }
            };
            try (InputStream in = open(shard)) {
                RDFParser.source(in).lang(Lang.NQUADS).parse(grouping);
                flush.run();
            } catch (IOException | RiotException e) {
                // the whole graphs read before the fault are sent; the rest of the shard is not
                failed++;
                flush.run();
                problems.report(Problem.error(shard.toString(), "not fully loaded: " + e.getMessage()));
            }
        }
        return new Summary(
                shards.size(),
                graphs[0],
                graphs[1],
                failed,
                quads[0],
                (System.nanoTime() - t0) / 1_000_000,
                problemsOf(problems));
    }

    private static List<Problem> problemsOf(ProblemReporter problems) {
        return problems instanceof ProblemReporter.Collecting c ? c.problems() : List.of();
    }
}

package org.newskg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newskg.config.NewskgConfig;
import org.newskg.problem.Problem;
import org.newskg.problem.ProblemReporter;
import org.newskg.store.GraphTarget;
import org.newskg.store.RemoteStore;
import org.newskg.store.ShardLoader;
import org.newskg.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "load",
        mixinStandardHelpOptions = true,
        description =
                "Loads N-Quads shards (the output folder of the Spark job ExtractJob, or .nq / .nq.gz files) into the "
                        + "TDB2 store with Jena's bulk loader, or into a running SPARQL store with --remote. Each graph a shard "
                        + "holds replaces the store's graph of that name, so loading a shard again changes nothing. "
                        + "Exit status: 0 all loaded, 1 some shards not loaded (listed), 2 usage error.")
final class LoadCommand implements Callable<Integer> {

    @Parameters(
            arity = "1..*",
            paramLabel = "SHARDS",
            description = "shard files, or folders of them (names starting with _ or . are skipped)")
    List<Path> inputs;

    @Option(
            names = "--db",
            defaultValue = NewskgConfig.DEFAULT_STORE,
            description = "store folder, new or existing (default: ${DEFAULT-VALUE})")
    Path db;

    @Option(
            names = "--remote",
            paramLabel = "URL",
            description = "PUT each graph to this dataset with the SPARQL Graph Store Protocol instead of "
                    + "the local store, e.g. http://127.0.0.1:3030/newskg/data (`newskg serve --allow-update`)")
    String remote;

    @Option(
            names = "--remote-auth",
            paramLabel = "FILE",
            description = "HTTP Basic credentials for --remote: a file whose first line is 'user: password'")
    Path remoteAuth;

    @Option(
            names = "--loader",
            paramLabel = "PLAN",
            defaultValue = "phased",
            description = "TDB2 bulk loader: phased (default; a few threads, for machines of a few cores) or "
                    + "parallel (a thread per index, for many cores and an SSD); or transactional: ingest's writer, "
                    + "batches of whole graphs in write transactions (slower; for comparison)")
    String loader;

    @Override
    public Integer call() {
        boolean transactional = loader.equalsIgnoreCase("transactional");
        ShardLoader.Plan plan = null;
        try {
            plan = transactional ? null : ShardLoader.Plan.valueOf(loader.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            System.err.println("newskg load: --loader must be phased, parallel or transactional, not '" + loader + "'");
            return 2;
        }
        ProblemReporter.Collecting problems = ProblemReporter.collecting(p -> Console.problem(System.err, p));
        List<Path> shards = ShardLoader.shards(inputs, problems);
        if (shards.isEmpty()) {
            System.err.println("newskg load: no shard files in " + inputs);
            return problems.errors() > 0 ? 1 : 2;
        }
        GraphTarget target;
        try {
            target = remote != null ? RemoteStore.connect(remote, remoteAuth) : Store.open(db);
        } catch (IllegalArgumentException e) {
            System.err.println("newskg load: " + e.getMessage());
            return 2;
        } catch (Store.StoreException e) {
            System.err.println("newskg load: " + e.getMessage());
            return 1;
        }
        try (target) {
            ShardLoader.Summary s = target instanceof Store store && !transactional
                    ? ShardLoader.load(store, shards, plan, problems, throttled())
                    : ShardLoader.load(target, shards, problems, throttled());
            System.out.println(s.describe());
            if (target instanceof Store store
                    && s.problems().stream().noneMatch(p -> p.severity() == Problem.Severity.ERROR)) {
                // the shards were mapped article by article, as ingest maps them: the same reduce after
                var joins = org.newskg.pipeline.Pipeline.surnameJoins(
                        new org.newskg.link.IndexGazetteer(org.newskg.link.WikidataIndex.loadDefault()));
                int joined = org.newskg.store.PersonJoins.reduce(store, joins).joined();
                if (joined > 0) {
                    System.out.println(joined + " surname" + (joined == 1 ? "" : "s")
                            + " joined to a person named in full in other articles");
                }
            }
            System.out.println((remote != null ? "remote: " : "store: ") + target.describe());
            List<Problem> errors = s.problems().stream()
                    .filter(p -> p.severity() == Problem.Severity.ERROR)
                    .toList();
            if (!errors.isEmpty()) {
                System.out.println("not loaded (" + errors.size() + "):");
                errors.forEach(p -> System.out.println("  " + p));
            }
            return errors.isEmpty() ? 0 : 1;
        } catch (Store.StoreException | IllegalStateException e) {
            System.err.println("newskg load: " + e.getMessage());
            return 1;
        }
    }

    /** Progress lines on stderr, at most one every two seconds. */
    private static java.util.function.Consumer<String> throttled() {
        long[] last = {0};
        return line -> {
            long now = System.nanoTime();
            if (now - last[0] > 2_000_000_000L) {
                last[0] = now;
                System.err.println(line);
            }
        };
    }
}

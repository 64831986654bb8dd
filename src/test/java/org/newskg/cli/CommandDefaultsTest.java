package org.newskg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.newskg.bench.Bench;
import org.newskg.config.NewskgConfig;
import org.newskg.serve.Limits;
import picocli.CommandLine;

/** The commands' flags default to the core configuration's values, not to values of their own. */
class CommandDefaultsTest {

    @Test
    void serveDefaultsAreTheConfigDefaults() {
        ServeCommand serve = new ServeCommand();
        new CommandLine(serve).parseArgs();
        NewskgConfig d = NewskgConfig.defaults();
        assertEquals(d.store(), serve.db);
        assertEquals(d.host(), serve.host);
        assertEquals(d.port(), serve.port);
        assertEquals(d.queryTimeout().toSeconds(), serve.timeout);
        assertEquals(d.maxResults(), serve.maxResults);
        Limits limits = Limits.defaults();
        assertEquals(limits.perClientRate(), serve.rate);
        assertEquals(limits.maxQueryBytes(), serve.maxQueryBytes);
    }

    @Test
    void ingestAndTheOfflineCommandsUseTheDefaultStore() {
        IngestCommand ingest = new IngestCommand();
        new CommandLine(ingest).parseArgs("article.txt");
        assertEquals(NewskgConfig.defaults().store(), ingest.db);
        assertEquals(NewskgConfig.defaults().maxFileSize(), IngestCommand.parseSize(ingest.maxFileSize));
        assertEquals(NewskgConfig.defaults().threads(), ingest.threads);
        QueryCommand query = new QueryCommand();
        new CommandLine(query).parseArgs("--query", "ASK {}");
        assertEquals(NewskgConfig.defaults().store(), query.db);
        CompactCommand compact = new CompactCommand();
        new CommandLine(compact).parseArgs();
        assertEquals(NewskgConfig.defaults().store(), compact.db);
    }

    @Test
    void watchUsesTheDefaultStoreAndFollowsEveryQuarterOfAnHour() {
        WatchCommand watch = new WatchCommand();
        new CommandLine(watch).parseArgs("--feeds", "feeds.txt");
        assertEquals(NewskgConfig.defaults().store(), watch.db);
        assertEquals(java.time.Duration.ofMinutes(15), WatchCommand.duration("--every", watch.every));
        assertEquals(java.time.Duration.ofMillis(1500), WatchCommand.duration("--timeout", "1500ms"));
        assertEquals(java.time.Duration.ofSeconds(90), WatchCommand.duration("--every", "90"));
    }

    @Test
    void theDemoHasItsOwnStoreAndTheDefaultPort() {
        DemoCommand demo = new DemoCommand();
        new CommandLine(demo).parseArgs();
        assertEquals(Path.of(NewskgConfig.DEFAULT_DEMO_STORE), demo.db);
        assertEquals(NewskgConfig.defaults().port(), demo.port);
    }

    @Test
    void benchDefaultsAreTheBenchConfigDefaults() {
        BenchCommand bench = new BenchCommand();
        new CommandLine(bench).parseArgs("--corpus", "corpus");
        Bench.Config d = Bench.Config.defaults(Path.of("corpus"));
        assertEquals(d.limit(), bench.limit);
        assertEquals(d.threads(), bench.threads);
        assertEquals(d.repeat(), bench.repeat);
        assertEquals(d.warmup(), bench.warmup);
        assertEquals(d.queryRuns(), bench.queryRuns);
        assertEquals(d.replicate(), bench.replicate);
        assertEquals(d.replicateHeap(), bench.replicateHeap);
        assertEquals(d.replicateFirst(), bench.first);
        assertEquals(Bench.Config.DEFAULT_E2E_HEAP, bench.e2eHeap);
    }
}

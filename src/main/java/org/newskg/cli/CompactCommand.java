package org.newskg.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newskg.config.NewskgConfig;
import org.newskg.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "compact",
        mixinStandardHelpOptions = true,
        description = "Rewrites a store without the space earlier commits left behind (TDB2 never reuses it; "
                + "a store ingested in many batches can be several times its content). The store must not be in use.")
final class CompactCommand implements Callable<Integer> {
    @Option(
            names = "--db",
            defaultValue = NewskgConfig.DEFAULT_STORE,
            description = "store folder (default: ${DEFAULT-VALUE})")
    Path db;

    @Override
    public Integer call() {
        if (!Store.isStore(db)) {
            System.err.println("newskg compact: no store at " + db);
            return 2;
        }
        try (Store store = Store.openExisting(db)) {
            long t0 = System.nanoTime();
            long[] size = store.compact();
            System.out.printf(
                    Locale.ROOT,
                    "compact: %s %d MB -> %d MB on disk in %.1f s%n",
                    db,
                    size[0] >> 20,
                    size[1] >> 20,
                    (System.nanoTime() - t0) / 1e9);
            return 0;
        } catch (RuntimeException e) {
            System.err.println("newskg compact: " + e.getMessage());
            return 1;
        }
    }
}

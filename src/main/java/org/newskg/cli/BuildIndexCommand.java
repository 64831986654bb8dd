package org.newskg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newskg.link.build.IndexBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "build-index",
        mixinStandardHelpOptions = true,
        description = "Rebuilds the offline Wikidata index resource from the Wikidata-derived tables.")
final class BuildIndexCommand implements Callable<Integer> {
    @Option(names = "--from", defaultValue = "../shared/wikidata", description = "folder of the source TSV files")
    Path from;

    @Option(
            names = "--out",
            defaultValue = "src/main/resources/org/newskg/link/wikidata-index.tsv.gz",
            description = "index file to write")
    Path out;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(from)) {
            System.err.println("newskg build-index: no folder " + from);
            return 2;
        }
        System.out.println(IndexBuilder.build(from, out));
        return 0;
    }
}

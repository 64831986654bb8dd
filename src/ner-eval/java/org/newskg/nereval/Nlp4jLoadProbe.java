package org.newskg.nereval;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.tukaani.xz.XZInputStream;

/**
 * Where NLP4J's load time goes (issue 13: "a faster on-disk form of the lexica"): for each lexicon
 * and model the decoder reads, the CPU time of XZ decompression alone (written to an uncompressed
 * file under {@code target/ner-eval/nlp4j-raw}) and of Java deserialisation from that uncompressed
 * file (page cache warm). Nothing of it is kept in the project.
 *
 * <pre>scripts/ner-eval.sh probe-nlp4j</pre>
 */
final class Nlp4jLoadProbe {
    private static final List<String> RESOURCES = List.of(
            "edu/emory/mathcs/nlp/lexica/en-ambiguity-classes-simplified-lowercase.xz",
            "edu/emory/mathcs/nlp/lexica/en-brown-clusters-simplified-lowercase.xz",
            "edu/emory/mathcs/nlp/lexica/en-word-embeddings-undigitalized.xz",
            "edu/emory/mathcs/nlp/lexica/en-named-entity-gazetteers-simplified.xz",
            "edu/emory/mathcs/nlp/models/en-pos.xz",
            "edu/emory/mathcs/nlp/models/en-ner.xz");

    private Nlp4jLoadProbe() {}

    static void run(Path outDir) throws Exception {
        Path raw = outDir.resolve("nlp4j-raw");
        Files.createDirectories(raw);
        var threads = ManagementFactory.getThreadMXBean();
        double xzTotal = 0;
        double serTotal = 0;
        for (String r : RESOURCES) {
            Path file = raw.resolve(Path.of(r).getFileName().toString().replace(".xz", ".ser"));
            long c0 = threads.getCurrentThreadCpuTime();
            long w0 = System.nanoTime();
            try (InputStream in = new XZInputStream(new BufferedInputStream(
                            Nlp4jLoadProbe.class.getClassLoader().getResourceAsStream(r), 1 << 16));
                    OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
                in.transferTo(out);
            }
            double xz = (threads.getCurrentThreadCpuTime() - c0) / 1e9;
            double xzWall = (System.nanoTime() - w0) / 1e9;
            long c1 = threads.getCurrentThreadCpuTime();
            long w1 = System.nanoTime();
            Object o;
            try (ObjectInputStream in =
                    new ObjectInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
                o = in.readObject();
            }
            double ser = (threads.getCurrentThreadCpuTime() - c1) / 1e9;
            double serWall = (System.nanoTime() - w1) / 1e9;
            xzTotal += xz;
            serTotal += ser;
            System.out.printf(
                    Locale.ROOT,
                    "probe\t%s\t%d MB uncompressed\txz %.1f s CPU (%.1f s wall)\tdeserialise %.1f s CPU (%.1f s wall)\t%s%n",
                    Path.of(r).getFileName(),
                    Files.size(file) >> 20,
                    xz,
                    xzWall,
                    ser,
                    serWall,
                    o.getClass().getSimpleName());
            o = null;
            Files.delete(file); // the uncompressed copies are large; they were only needed for the timing
        }
        System.out.printf(Locale.ROOT, "probe\ttotal\txz %.1f s CPU\tdeserialise %.1f s CPU%n", xzTotal, serTotal);
    }
}

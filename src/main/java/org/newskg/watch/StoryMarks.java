package org.newskg.watch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newskg.article.Article;
import org.newskg.story.StoryIndex;

/**
 * The story index of a store, kept beside it in {@value Watcher#STORY_FILE}: marks each article
 * that carries a story stored before with {@code sameStoryAs}, in the order articles are given,
 * and records the articles that were stored. An explicit, ordered reduce over the articles, so the
 * result does not depend on which extraction thread finishes first.
 *
 * <pre>{@code
 * StoryMarks marks = StoryMarks.open(storeDir);
 * Article a = marks.mark(article);        // before extraction
 * marks.keep(notStoredSources);           // after the store has committed
 * }</pre>
 */
public final class StoryMarks {
    private final Path file;
    private final StoryIndex index;
    /** Ids and sources of the articles marked since the last {@link #keep}: not the texts, which a long ingest cannot hold. */
    private final List<Marked> marked = new ArrayList<>();

    private record Marked(String id, String source) {}
    /** Articles whose line is in the file: re-ingesting a folder must not grow it. */
    private final Set<String> alreadyOnDisk = new java.util.HashSet<>();

    private int copies;

    private StoryMarks(Path file, StoryIndex index) {
        this.file = file;
        this.index = index;
        index.entries().forEach(e -> alreadyOnDisk.add(e.article()));
    }

    /** The marks of the store in {@code dir}; with a null {@code dir}, marks kept in memory only. */
    public static StoryMarks open(Path dir) throws IOException {
        if (dir == null) {
            return new StoryMarks(null, new StoryIndex());
        }
        Path f = dir.resolve(Watcher.STORY_FILE);
        return new StoryMarks(f, StoryFile.load(f));
    }

    /** {@code a}, pointing to the first article of its story when it is a copy. */
    public synchronized Article mark(Article a) {
        String first = index.assign(a.id(), a.text());
        marked.add(new Marked(a.id(), a.source()));
        if (first == null) {
            return a;
        }
        copies++;
        return new Article(a.id(), a.source(), a.text(), a.meta().withSameStoryAs(first));
    }

    /** Articles marked as copies so far. */
    public synchronized int copies() {
        return copies;
    }

    /**
     * Records the articles marked since the last call, except those whose source is in
     * {@code notStored} (they are forgotten, so no later copy points to a missing article).
     */
    public synchronized void keep(Set<String> notStored) throws IOException {
        List<StoryIndex.Entry> kept = new ArrayList<>();
        Set<String> done = new java.util.HashSet<>();
        for (Marked a : marked) {
            if (notStored.contains(a.source())) {
                index.remove(a.id());
                continue;
            }
            if (!done.add(a.id()) || alreadyOnDisk.contains(a.id())) {
                continue; // the same text twice, or re-read: one line is enough
            }
            alreadyOnDisk.add(a.id());
            StoryIndex.Entry e = index.entry(a.id());
            if (e != null) {
                kept.add(e);
            }
        }
        marked.clear();
        if (file != null) {
            StoryFile.append(file, kept);
        }
    }
}

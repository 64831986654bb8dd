package org.newskg.story;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which stored article, if any, carries the same story as a new one. Articles are indexed by the
 * bands of their MinHash signatures (locality-sensitive hashing: {@link #BANDS} bands of
 * {@link #ROWS} values; two copies share a band with high probability, two different stories
 * almost never), and a candidate is confirmed by the estimated similarity of the whole signature.
 *
 * <p>Two bodies carry the same story when their shingle sets are alike ({@link #MIN_JACCARD}), or
 * when the shorter is nearly contained in the longer ({@link #MIN_CONTAINMENT}): outlets cut wire
 * copy to length as often as they add a paragraph of their own.
 *
 * <p>Not thread-safe; the watcher assigns stories in one thread, in order of publication, so the
 * first copy of a story is the one published first.
 *
 * <pre>{@code
 * StoryIndex idx = new StoryIndex();
 * String first = idx.assign(article.id(), article.text()); // null: a new story
 * }</pre>
 */
public final class StoryIndex {
    public static final int BANDS = 16;
    public static final int ROWS = MinHash.SIZE / BANDS;
    public static final double MIN_JACCARD = 0.5;
    public static final double MIN_CONTAINMENT = 0.8;
    /** Fewer shingles than this say too little to call two bodies one story. */
    public static final int MIN_SHINGLES = 20;

    /**
     * One indexed article.
     *
     * @param story    id of the first article of its story (its own id when it is the first)
     * @param shingles how many shingles its body has, to estimate containment
     */
    public record Entry(String article, String story, int shingles, int[] signature) {}

    private final Map<String, Entry> byArticle = new HashMap<>();
    private final Map<Long, List<Entry>> byBand = new HashMap<>();

    public int size() {
        return byArticle.size();
    }

    public List<Entry> entries() {
        return List.copyOf(byArticle.values());
    }

    /** The entry of an article, or null when it is not indexed. */
    public Entry entry(String articleId) {
        return byArticle.get(articleId);
    }

    /** Forgets an article (one that was assigned a story but could not be stored). */
    public void remove(String articleId) {
        Entry e = byArticle.remove(articleId);
        if (e != null) {
            for (int b = 0; b < BANDS; b++) {
                List<Entry> l = byBand.get(bandKey(e.signature(), b));
                if (l != null) {
                    l.remove(e);
                }
            }
        }
    }

    /** Adds an entry read back from disk (or made by {@link #assign}). */
    public void add(Entry e) {
        if (byArticle.putIfAbsent(e.article(), e) != null) {
            return;
        }
        for (int b = 0; b < BANDS; b++) {
            byBand.computeIfAbsent(bandKey(e.signature(), b), k -> new ArrayList<>())
                    .add(e);
        }
    }

    /**
     * The id of the first article of the story {@code body} carries, or null when it is a new
     * story (or too short to tell). The article is indexed either way (unless too short), so a
     * later copy finds it.
     */
    public String assign(String articleId, String body) {
        Entry known = byArticle.get(articleId);
        if (known != null) {
            return known.story().equals(articleId) ? null : known.story();
        }
        Set<Long> shingles = Shingles.of(body);
        if (shingles.size() < MIN_SHINGLES) {
            return null;
        }
        int[] sig = MinHash.signature(shingles);
        Entry best = null;
        double bestScore = 0;
        for (int b = 0; b < BANDS; b++) {
            for (Entry c : byBand.getOrDefault(bandKey(sig, b), List.of())) {
                double score = sameStory(sig, shingles.size(), c);
                if (score > bestScore) {
                    best = c;
                    bestScore = score;
                }
            }
        }
        String story = best == null ? articleId : best.story();
        add(new Entry(articleId, story, shingles.size(), sig));
        return best == null ? null : story;
    }

    /** How alike two bodies are, 0 when not the same story; the larger, the likelier. */
    static double sameStory(int[] sig, int shingles, Entry other) {
        double j = MinHash.similarity(sig, other.signature());
        // |A ∩ B| = J / (1 + J) * (|A| + |B|); containment of the smaller in the larger
        double common = j / (1 + j) * (shingles + other.shingles());
        double containment = common / Math.min(shingles, other.shingles());
        if (j >= MIN_JACCARD || containment >= MIN_CONTAINMENT) {
            return j + containment;
        }
        return 0;
    }

    private static long bandKey(int[] sig, int band) {
        long h = band;
        for (int r = 0; r < ROWS; r++) {
            h = MinHash.mix(h * 31 + sig[band * ROWS + r]);
        }
        return h;
    }
}

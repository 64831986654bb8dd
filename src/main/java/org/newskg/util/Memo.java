package org.newskg.util;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Remembered answers of a pure function, shared by all threads. News repeats the same few thousand
 * names, so name keys, index lookups and gazetteer answers are asked for again and again. Bounded:
 * past {@code max} entries answers are computed and not kept, so an archive-sized run keeps a flat heap.
 *
 * <pre>{@code
 * Memo<String, String> keys = new Memo<>(100_000, NameKey::compute);
 * String k = keys.get("Vladimir Putin");
 * }</pre>
 */
public final class Memo<K, V> {
    private final ConcurrentHashMap<K, V> answers = new ConcurrentHashMap<>();
    private final int max;
    private final Function<K, V> function;

    /** @param function must not return null */
    public Memo(int max, Function<K, V> function) {
        this.max = max;
        this.function = function;
    }

    public V get(K key) {
        V v = answers.get(key);
        if (v != null) {
            return v;
        }
        v = function.apply(key);
        if (answers.size() < max) {
            answers.putIfAbsent(key, v);
        }
        return v;
    }
}

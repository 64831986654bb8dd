package org.newskg.spark;

import org.newskg.pipeline.Components;
import org.newskg.pipeline.Pipeline;

/**
 * The pipeline of this JVM: the models and the Wikidata index (a few seconds and some hundreds of
 * megabytes) are loaded by the first task that needs them and shared by every task the executor
 * runs after, on all its cores. A static holder is what outlives tasks in an executor; a broadcast
 * variable would ship the loaded objects from the driver instead, which they are not made for, and
 * every executor has them in its jar anyway.
 */
final class ExecutorPipeline {
    private ExecutorPipeline() {}

    private static Pipeline linked;
    private static Pipeline unlinked;

    static synchronized Pipeline get(boolean link) {
        if (link) {
            if (linked == null) {
                linked = new Pipeline(Components.load(true));
            }
            return linked;
        }
        if (unlinked == null) {
            unlinked = new Pipeline(Components.load(false));
        }
        return unlinked;
    }
}

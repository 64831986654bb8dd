package org.newskg.nlp;

import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.util.SequenceValidator;

/**
 * The OpenNLP POS model decoded greedily: at each token, the most probable tag the model's sequence
 * validator allows after the tags already chosen. This is what OpenNLP's {@code BeamSearch} with a
 * beam of one computes; it does without the beam's per-token sort of all scores, its copies of the
 * growing tag sequence and its queues, which were a fifth of the tagging time. One per thread.
 */
final class GreedyTagger {
    private final MaxentModel model;
    private final POSContextGenerator contexts;
    private final SequenceValidator<String> validator;
    private final String[] outcomes;
    private final double[] probs;

    GreedyTagger(POSModel pos) {
        this.model = pos.getArtifact("pos.model");
        this.contexts = pos.getFactory().getPOSContextGenerator(1);
        this.validator = pos.getFactory().getSequenceValidator();
        this.outcomes = new String[model.getNumOutcomes()];
        for (int o = 0; o < outcomes.length; o++) {
            outcomes[o] = model.getOutcome(o);
        }
        this.probs = new double[outcomes.length];
    }

    String[] tag(String[] words) {
        String[] tags = new String[words.length];
        for (int i = 0; i < words.length; i++) {
            // the context generator and validator read the tags before i: they see exactly those
            String[] before = java.util.Arrays.copyOf(tags, i);
            model.eval(contexts.getContext(i, words, before, null), probs);
            int best = -1;
            for (int o = 0; o < probs.length; o++) {
                if ((best < 0 || probs[o] > probs[best]) && validator.validSequence(i, words, before, outcomes[o])) {
                    best = o;
                }
            }
            tags[i] = best < 0 ? outcomes[argmax(probs)] : outcomes[best];
        }
        return tags;
    }

    private static int argmax(double[] v) {
        int m = 0;
        for (int i = 1; i < v.length; i++) {
            if (v[i] > v[m]) {
                m = i;
            }
        }
        return m;
    }
}

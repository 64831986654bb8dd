package org.newskg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import org.junit.jupiter.api.Test;
import org.newskg.pipeline.TestKit;

/** Our greedy decoding gives OpenNLP's own tagger's answers, tag for tag. */
class GreedyTaggerIT {
    private final NlpModels models = NlpModels.shared();

    @Test
    void sameTagsAsOpenNlpOnTheExamples() throws IOException {
        List<String> texts = new ArrayList<>();
        for (String name : TestKit.EXAMPLES) {
            texts.add(TestKit.example(name));
        }
        assertTrue(compare(texts) > 300);
    }

    @Test
    void sameTagsAsOpenNlpOnCorpusArticles() throws IOException {
        assumeTrue(Files.isDirectory(TestKit.BBC), "../shared/corpus/bbc is not here");
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(TestKit.BBC)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt"))
                    .sorted()
                    .limit(150)
                    .toList()) {
                texts.add(Files.readString(f));
            }
        }
        assertTrue(compare(texts) > 40_000);
    }

    /** Tags every sentence both ways; returns the number of tokens compared. */
    private int compare(List<String> texts) {
        SentenceDetectorME sentences = new SentenceDetectorME(models.sentences);
        TokenizerME tokenizer = new TokenizerME(models.tokens);
        POSTaggerME opennlp = new POSTaggerME(models.pos);
        GreedyTagger greedy = new GreedyTagger(models.pos);
        int tokens = 0;
        for (String text : texts) {
            for (String sentence : sentences.sentDetect(text)) {
                String[] words = tokenizer.tokenize(sentence);
                String[] expected = opennlp.tag(words);
                assertEquals(Arrays.asList(expected), Arrays.asList(greedy.tag(words)), sentence);
                tokens += words.length;
            }
        }
        return tokens;
    }
}

package org.newskg.nereval;

import edu.emory.clir.clearnlp.component.AbstractComponent;
import edu.emory.clir.clearnlp.component.utils.GlobalLexica;
import edu.emory.clir.clearnlp.component.utils.NLPUtils;
import edu.emory.clir.clearnlp.dependency.DEPTree;
import edu.emory.clir.clearnlp.tokenization.AbstractTokenizer;
import edu.emory.clir.clearnlp.util.lang.TLanguage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.newskg.article.Article;
import org.newskg.text.CleanArticle;

/**
 * ClearNLP 3.2 (Emory, Apache-2.0): its tokenizer, POS tagger, morphological analyser and the general
 * English NER model 3.1 with its gazetteer 3.0 and the Brown clusters (global lexica 3.1), over the
 * cleaned body. The models come from the jars on the class path. Its tokens carry no offsets, so a
 * name is its tokens joined by spaces (the scorer ignores punctuation and spacing).
 */
final class ClearNlpFinder implements OntoNotesFinder {
    private final AbstractTokenizer tokenizer;
    private final AbstractComponent[] components;

    ClearNlpFinder() {
        GlobalLexica.initDistributionalSemanticsWords(
                List.of("brown-rcv1.clean.tokenized-CoNLL03.txt-c1000-freq1.txt.xz"));
        GlobalLexica.initNamedEntityDictionary("general-en-ner-gazetteer.xz");
        tokenizer = NLPUtils.getTokenizer(TLanguage.ENGLISH);
        components = new AbstractComponent[] {
            NLPUtils.getPOSTagger(TLanguage.ENGLISH, "general-en-pos.xz"),
            NLPUtils.getMPAnalyzer(TLanguage.ENGLISH),
            NLPUtils.getNERecognizer(TLanguage.ENGLISH, "general-en-ner.xz")
        };
    }

    @Override
    public String id() {
        return "clearnlp";
    }

    @Override
    public List<Mention> find(Article article, CleanArticle clean) {
        List<Mention> out = new ArrayList<>();
        for (List<String> sentence :
                tokenizer.segmentize(new ByteArrayInputStream(clean.body().getBytes(StandardCharsets.UTF_8)))) {
            DEPTree tree = new DEPTree(sentence);
            for (AbstractComponent c : components) {
                c.process(tree);
            }
            int start = -1;
            String label = null;
            for (int i = 1; i < tree.size(); i++) { // node 0 is the artificial root
                String tag = tree.get(i).getNamedEntityTag();
                if (tag == null || tag.length() < 3 || tag.charAt(1) != '-') {
                    start = -1;
                    continue;
                }
                char bilou = tag.charAt(0);
                String l = tag.substring(2);
                if (bilou == 'U') {
                    out.add(new Mention(l, words(tree, i, i)));
                    start = -1;
                } else if (bilou == 'B') {
                    start = i;
                    label = l;
                } else if (bilou == 'L' && start > 0 && l.equals(label)) {
                    out.add(new Mention(l, words(tree, start, i)));
                    start = -1;
                } else if (bilou != 'I' || !l.equals(label)) {
                    start = -1;
                }
            }
        }
        return out;
    }

    private static String words(DEPTree tree, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i <= to; i++) {
            b.append(i > from ? " " : "").append(tree.get(i).getWordForm());
        }
        return b.toString();
    }
}

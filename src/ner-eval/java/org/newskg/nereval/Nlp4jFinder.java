package org.newskg.nereval;

import edu.emory.mathcs.nlp.component.template.node.NLPNode;
import edu.emory.mathcs.nlp.decode.NLPDecoder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.newskg.article.Article;
import org.newskg.text.CleanArticle;

/**
 * NLP4J 1.1.3 (Emory, Apache-2.0): its tokenizer, POS tagger and OntoNotes NER (BILOU tags) over the
 * cleaned body. The lexica and models come from the nlp4j-english jar on the class path; the
 * dependency parser only in the {@code nlp4j-dep} variant, which measures what it costs.
 */
final class Nlp4jFinder implements OntoNotesFinder {
    private static final String CONFIG = """
            <configuration>
              <lexica>
                <ambiguity_classes field="word_form_simplified_lowercase">edu/emory/mathcs/nlp/lexica/en-ambiguity-classes-simplified-lowercase.xz</ambiguity_classes>
                <word_clusters field="word_form_simplified_lowercase">edu/emory/mathcs/nlp/lexica/en-brown-clusters-simplified-lowercase.xz</word_clusters>
                <word_embeddings field="word_form_undigitalized">edu/emory/mathcs/nlp/lexica/en-word-embeddings-undigitalized.xz</word_embeddings>
                <named_entity_gazetteers field="word_form_simplified">edu/emory/mathcs/nlp/lexica/en-named-entity-gazetteers-simplified.xz</named_entity_gazetteers>
              </lexica>
              <models>
                <pos>edu/emory/mathcs/nlp/models/en-pos.xz</pos>
                <ner>edu/emory/mathcs/nlp/models/en-ner.xz</ner>
              </models>
            </configuration>""";

    private final NLPDecoder decoder;
    private final boolean parse;

    /** @param parse also load and run the dependency parser ({@code en-dep}): its cost only, the names are the same */
    Nlp4jFinder(boolean parse) {
        this.parse = parse;
        String config = parse
                ? CONFIG.replace(
                        "</models>", "  <dep>edu/emory/mathcs/nlp/models/en-dep.xz</dep>\n              </models>")
                : CONFIG;
        decoder = new NLPDecoder(new ByteArrayInputStream(config.getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public String id() {
        return parse ? "nlp4j-dep" : "nlp4j";
    }

    @Override
    public List<Mention> find(Article article, CleanArticle clean) {
        return mentions(decoder, clean.body());
    }

    /** The decoder's BILOU tags over a text, as typed spans. */
    static List<Mention> mentions(NLPDecoder decoder, String text) {
        List<Mention> out = new ArrayList<>();
        List<NLPNode[]> sentences;
        try {
            sentences = decoder.decodeDocument(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (NLPNode[] s : sentences) {
            int start = -1;
            String label = null;
            for (int i = 1; i < s.length; i++) { // node 0 is the artificial root
                String tag = s[i].getNamedEntityTag();
                if (tag == null || tag.length() < 3 || tag.charAt(1) != '-') {
                    start = -1;
                    continue;
                }
                char bilou = tag.charAt(0);
                String l = tag.substring(2);
                if (bilou == 'U') {
                    out.add(new Mention(l, span(text, s, i, i)));
                    start = -1;
                } else if (bilou == 'B') {
                    start = i;
                    label = l;
                } else if (bilou == 'L' && start > 0 && l.equals(label)) {
                    out.add(new Mention(l, span(text, s, start, i)));
                    start = -1;
                } else if (bilou != 'I' || !l.equals(label)) {
                    start = -1;
                }
            }
        }
        return out;
    }

    /** The text of tokens from..to: the body's own characters when the offsets are known. */
    private static String span(String text, NLPNode[] s, int from, int to) {
        int a = s[from].getStartOffset();
        int b = s[to].getEndOffset();
        if (a >= 0 && b > a && b <= text.length()) {
            return text.substring(a, b);
        }
        StringBuilder sb = new StringBuilder();
        for (int i = from; i <= to; i++) {
            sb.append(i > from ? " " : "").append(s[i].getWordForm());
        }
        return sb.toString();
    }
}

package org.newskg.extract;

import static org.newskg.extract.QuoteMarks.isQuoteMark;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds quotations in cleaned text: curly double quotes, straight double quotes, and single quotes
 * (curly or straight) when they are not apostrophes. A paragraph that ends inside a quote and a next
 * paragraph that opens a quote again continue the same quotation, as news style writes it.
 */
public final class QuoteFinder {

    public List<Quote> find(String text) {
        List<Quote> out = new ArrayList<>();
        int n = text.length();
        int open = -1;
        char closer = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (open < 0) {
                if (c == '“') {
                    open = i;
                    closer = '”';
                } else if (c == '"') {
                    open = i;
                    closer = '"';
                } else if ((c == '‘' || c == '\'') && opensSingle(text, i)) {
                    int close = findSingleClose(text, i + 1, c == '‘' ? '’' : '\'');
                    if (close > 0) {
                        add(out, text, i, close + 1);
                        i = close;
                    }
                }
                continue;
            }
            if (c == '"'
                    && closer == '"'
                    && i > open + 1
                    && Character.isWhitespace(text.charAt(i - 1))
                    && i + 1 < n
                    && Character.isLetterOrDigit(text.charAt(i + 1))) {
                // a straight mark between a space and a letter opens: 'at the time. "I was trying': the
                // paragraph break of a multi-paragraph quote was lost, so the quote goes on from here
                add(out, text, open, i);
                open = i;
            } else if (c == closer || c == '”' || (closer == '”' && c == '"')) {
                // wire copy mixes marks: '"And I asked?” said Hill' opens straight and closes curly
                add(out, text, open, i + 1);
                open = -1;
            } else if (c == '\n') {
                // a quote left open at a paragraph end continues if the next paragraph opens one
                int next = i + 1;
                if (next < n && (text.charAt(next) == '“' || text.charAt(next) == '"')) {
                    i = next;
                } else {
                    add(out, text, open, i);
                    open = -1;
                }
            }
        }
        if (open >= 0) {
            add(out, text, open, n);
        }
        return out;
    }

    private static void add(List<Quote> out, String text, int start, int end) {
        int is = start + 1;
        int ie = end;
        if (ie > is && isQuoteMark(text.charAt(ie - 1))) {
            ie--;
        }
        while (is < ie && Character.isWhitespace(text.charAt(is))) {
            is++;
        }
        while (ie > is && (Character.isWhitespace(text.charAt(ie - 1)))) {
            ie--;
        }
        if (ie - is >= 2 && !isTitle(text, start, is, ie)) {
            out.add(new Quote(start, end, is, ie));
        }
    }

    private static final java.util.Set<String> TITLE_SMALL_WORDS =
            java.util.Set.of("of", "the", "and", "a", "an", "in", "on", "for", "to", "with");

    /**
     * A programme's or a book's title after a possessive is no quotation: "told CNN's "State of the
     * Union"", "in Channel 4's "Dispatches"": a few words, each capitalised but the small ones.
     */
    private static boolean isTitle(String text, int open, int is, int ie) {
        int b = open;
        while (b > 0 && Character.isWhitespace(text.charAt(b - 1))) {
            b--;
        }
        if (b < 2 || !(text.startsWith("'s", b - 2) || text.startsWith("’s", b - 2))) {
            return false;
        }
        String[] words = text.substring(is, ie).split("\\s+");
        if (words.length > 6) {
            return false;
        }
        for (String w : words) {
            if (!Character.isUpperCase(w.charAt(0)) && !TITLE_SMALL_WORDS.contains(w)) {
                return false;
            }
        }
        return true;
    }

    private static boolean opensSingle(String text, int i) {
        boolean before =
                i == 0 || Character.isWhitespace(text.charAt(i - 1)) || "([—–-".indexOf(text.charAt(i - 1)) >= 0;
        boolean after = i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1));
        return before && after;
    }

    private static int findSingleClose(String text, int from, char close) {
        for (int j = from; j < text.length(); j++) {
            char c = text.charAt(j);
            if (c == '\n') {
                return -1;
            }
            if (c == close || (close == '’' && c == '\'')) {
                boolean letterBefore = j > from && !Character.isWhitespace(text.charAt(j - 1));
                boolean endAfter = j + 1 >= text.length() || !Character.isLetterOrDigit(text.charAt(j + 1));
                if (letterBefore && endAfter) {
                    return j;
                }
            }
        }
        return -1;
    }
}

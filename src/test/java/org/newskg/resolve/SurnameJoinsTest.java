package org.newskg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newskg.resolve.SurnameJoins.Join;
import org.newskg.resolve.SurnameJoins.Occurrence;

class SurnameJoinsTest {

    private final SurnameJoins joins = new SurnameJoins(word -> !word.equals("Oslo"));

    /**
     * An article graph naming these persons, each by the names given ("Jane Doe|Doe"); a leading QID
     * ("Q1|Tom Reed") makes the node a linked one.
     */
    private static List<Occurrence> article(String graph, String... persons) {
        List<Occurrence> out = new ArrayList<>();
        for (String p : persons) {
            List<String> names = new ArrayList<>(List.of(p.split("\\|")));
            boolean linked = names.get(0).matches("Q\\d+");
            String id = (linked ? names.remove(0) : names.get(0)).toLowerCase().replace(' ', '-');
            out.add(new Occurrence(graph, id, Set.copyOf(names), linked));
        }
        return out;
    }

    private static List<Occurrence> all(List<List<Occurrence>> articles) {
        return articles.stream().flatMap(List::stream).toList();
    }

    @Test
    void aSurnameAloneIsThePersonAnArticleWithTheSameCircleNamesInFull() {
        var first = article("a1", "Jane Doe|Doe", "Tom Reed|Reed", "Ann Lee|Lee");
        var second = article("a2", "Doe", "Tom Reed|Reed", "Ann Lee");
        assertEquals(List.of(new Join("a2", "doe", "jane-doe")), joins.decide(all(List.of(first, second))));
    }

    @Test
    void oneSharedPersonIsNoCircle() {
        var first = article("a1", "Jane Doe", "Tom Reed", "Ann Lee");
        var second = article("a2", "Doe", "Tom Reed", "Bob Brown");
        assertEquals(List.of(), joins.decide(all(List.of(first, second))));
    }

    @Test
    void twoPersonsOfThatSurnameInTheCircleLeaveTheSurnameAlone() {
        var first = article("a1", "Jane Doe", "Tom Reed", "Ann Lee");
        var second = article("a2", "John Doe", "Tom Reed", "Ann Lee");
        var third = article("a3", "Doe", "Tom Reed", "Ann Lee");
        assertEquals(List.of(), joins.decide(all(List.of(first, second, third))));
        // the same two elsewhere, out of the circle, do not count
        var fourth = article("a4", "John Doe", "Bob Brown", "Li Wen");
        assertEquals(List.of(new Join("a3", "doe", "jane-doe")), joins.decide(all(List.of(first, third, fourth))));
    }

    @Test
    void aNamesakeInALooselyRelatedArticleLeavesTheSurnameAlone() {
        var first = article("a1", "Jane Doe", "Tom Reed", "Ann Lee");
        var second = article("a2", "Doe", "Tom Reed", "Ann Lee");
        var third = article("a3", "John Doe", "Ann Lee", "Li Wen");
        assertEquals(List.of(), joins.decide(all(List.of(first, second, third))));
    }

    @Test
    void theCircleIsCountedPerArticleAndLinkedPersonsCountInIt() {
        // a linked person (a QID node) is one node in every article: it is context like any other
        var first = article("a1", "Jane Doe", "Q1|Tom Reed", "Q2|Ann Lee");
        var second = article("a2", "Doe", "Q1|Reed", "Q2|Lee");
        assertEquals(List.of(new Join("a2", "doe", "jane-doe")), joins.decide(all(List.of(first, second))));
    }

    @Test
    void whatIsNoLoneSurnameIsNeverJoined() {
        var first = article("a1", "Jane Doe", "Tom Oslo", "Tom Reed", "Ann Lee");
        // a linked one-word name, a person the article names in full too, a place read as a person,
        // and a lower-case word
        var second = article("a2", "Q9|Doe", "Tom Reed", "Ann Lee", "Oslo", "doe");
        assertEquals(List.of(), joins.decide(all(List.of(first, second))));
        // the article names the full person itself: its own reading kept "Doe" apart
        var third = article("a3", "Doe", "John Doe", "Tom Reed", "Ann Lee");
        assertEquals(List.of(), joins.decide(all(List.of(first, third))));
        // a peer's style ends in a place, not a surname
        var peer = article("a4", "Tim Lund, Baron Lund of Oslo", "Tom Reed", "Ann Lee");
        var fifth = article("a5", "Oslo", "Lund", "Tom Reed", "Ann Lee");
        assertEquals(List.of(), new SurnameJoins(w -> true).decide(all(List.of(peer, fifth))));
    }

    @Test
    void theDecisionDoesNotDependOnTheOrderOfArticles() {
        var a = article("a1", "Jane Doe", "Tom Reed", "Ann Lee");
        var b = article("a2", "Doe", "Tom Reed", "Ann Lee");
        var c = article("a3", "Doe", "Reed", "Ann Lee", "Tom Reed");
        List<Join> one = joins.decide(all(List.of(a, b, c)));
        assertEquals(one, joins.decide(all(List.of(c, b, a))));
        assertEquals(List.of(new Join("a2", "doe", "jane-doe"), new Join("a3", "doe", "jane-doe")), one);
    }
}

package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.newskg.nlp.Annotator;
import org.newskg.nlp.NlpModels;
import org.newskg.nlp.Sentence;

class DateResolverIT {
    private static final Annotator NLP = new Annotator(NlpModels.shared());

    private static String date(String sentence, String published) {
        Sentence s = NLP.annotate(sentence).sentences().get(0);
        return new DateResolver(published).find(s, 0, s.size());
    }

    @Test
    void explicitDatesKeepWhatIsKnown() {
        assertEquals("--02-18", date("They met on Tuesday (Feb 18) in the capital.", null));
        assertEquals("2021-06", date("They held a summit in June 2021.", null));
        assertEquals("2025-02-12", date("On Feb. 12, 2025, the two spoke.", null));
        assertEquals("--02-12", date("On Feb. 12, the two spoke.", null));
    }

    @Test
    void relativeDatesNeedAPublicationDate() {
        assertEquals("2025-02-18", date("The talks on Tuesday ended late.", "2025-02-21"));
        assertNull(date("The talks on Tuesday ended late.", null));
        assertEquals("2025-02-20", date("She said yesterday that talks had ended.", "2025-02-21"));
        assertEquals("2025-01", date("They met last month in the capital.", "2025-02-21"));
        assertEquals("2024-12-30", date("They met on Dec 30 in the capital.", "2025-01-03"));
    }

    @Test
    void mayTheVerbIsNoDate() {
        assertNull(date("The two may meet soon.", "2025-02-21"));
    }

    @Test
    void theTextsOwnDateIsAFullDateWithItsWeekdayOrInTheLatestYearItNames() {
        assertEquals(
                "2019-02-22",
                DateResolver.statedDate(
                        "Leaders shake hands in Beijing, Friday, February 22, 2019. In 2018 they met on 3 May 2018."));
        assertEquals(
                "2024-09-14", DateResolver.statedDate("Correction 14 September 2024: an earlier version said 2023."));
        assertNull(DateResolver.statedDate("Documents from 3 March 1974 were released in 2005."));
        assertNull(DateResolver.statedDate("A wrong weekday: Monday, February 22, 2019 was no Monday in 2020."));
        assertNull(DateResolver.statedDate("They met on Friday in Oslo."));
    }

    @Test
    void aWeekdayIsTheLastOneOnOrBeforeTheTextsOwnDate() {
        String text = "Ministers met on Friday in Bali. Photo: Bali, Friday, July 8, 2022.";
        assertEquals("2022-07-08", date("Ministers met on Friday in Bali.", DateResolver.statedDate(text)));
        assertEquals("2022-11", date("The November summit will be held in Bali.", DateResolver.statedDate(text)));
    }
}

package org.newskg.extract;

import org.junit.jupiter.api.Test;
import org.newskg.Fixtures;

import static org.junit.jupiter.api.Assertions.assertTrue;

class MeetingFinderTest {

    private static void has(Extraction x, String line) {
        String m = Fixtures.meetings(x);
        assertTrue(m.contains(line), "expected '" + line + "' in\n" + m);
    }

    @Test
    void heldMeetingsWithPlaceAndDate() {
        Extraction x = Fixtures.extract("German Chancellor Olaf Scholz and French President Emmanuel Macron held a summit in Paris in June 2023.");
        has(x, "summit held [Emmanuel Macron, Olaf Scholz]");
        has(x, "at Paris on 2023-06");
    }

    @Test
    void plannedMeetingsFromModalsAndPlans() {
        Extraction x = Fixtures.extract("Russian President Vladimir Putin and US President Donald Trump could meet before the end of February.");
        has(x, "meeting planned [Donald Trump, Vladimir Putin]");
        Extraction y = Fixtures.extract("Officials said a Putin-Trump summit needed careful preparation.");
        has(y, "summit planned [Putin, Trump]");
    }

    @Test
    void phoneCallsAndTalksBetweenCountries() {
        Extraction x = Fixtures.extract("Emmanuel Macron and Olaf Scholz spoke by phone on Sunday.", "2024-03-05");
        has(x, "phone call held [Emmanuel Macron, Olaf Scholz]");
        has(x, "on 2024-03-03");
        Extraction y = Fixtures.extract("Russian and Ukrainian negotiators were meeting in Istanbul on Friday.");
        has(y, "held [] [Russia, Ukraine] at Istanbul");
    }

    @Test
    void negatedAndGenericMeetingsAreNotEvents() {
        Extraction x = Fixtures.extract("There are no plans for another phone call between Putin and Trump. "
                + "A summit is always preceded by long preparations.");
        assertTrue(x.meetings().isEmpty(), Fixtures.meetings(x));
    }
}

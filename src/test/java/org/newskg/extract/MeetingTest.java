package org.newskg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MeetingTest {

    @Test
    void theMoreSpecificMeetingKindWins() {
        assertEquals("summit", Meeting.moreSpecificKind("meeting", "summit"));
        assertEquals("summit", Meeting.moreSpecificKind("summit", "talks"));
        assertEquals("phone call", Meeting.moreSpecificKind("summit", "phone call"));
        assertEquals("meeting", Meeting.moreSpecificKind("meeting", "meeting"));
    }
}

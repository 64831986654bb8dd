package org.newskg.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ProblemTest {

    /** Issue 19: a newline in a file name printed a second, forged line in the report. */
    @Test
    void controlCharactersInNamesCannotForgeAReportLine() {
        Problem p = Problem.error("in/a.txt\nerror: in/other.txt: forged\r\u001b[2J\u2028", 3, "bad\tthing");
        String line = p.toString();
        assertEquals("error: in/a.txt\\nerror: in/other.txt: forged\\r\\u001b[2J\\u2028:3: bad\\tthing", line);
        assertEquals(1, line.lines().count());
        assertEquals(
                "warning: plain.txt: fine", Problem.warning("plain.txt", "fine").toString());
    }
}

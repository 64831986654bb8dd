package org.newskg.util;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class MemoTest {

    @Test
    void answersOnceAndKeepsTheAnswer() {
        AtomicInteger calls = new AtomicInteger();
        Memo<String, String> upper = new Memo<>(10, s -> {
            calls.incrementAndGet();
            return s.toUpperCase();
        });
        assertEquals("PUTIN", upper.get("putin"));
        assertEquals("PUTIN", upper.get("putin"));
        assertEquals("KYIV", upper.get("kyiv"));
        assertEquals(2, calls.get());
    }

    @Test
    void pastTheBoundAnswersAreRightButNotKept() {
        AtomicInteger calls = new AtomicInteger();
        Memo<Integer, Integer> square = new Memo<>(3, i -> {
            calls.incrementAndGet();
            return i * i;
        });
        for (int i = 0; i < 5; i++) {
            assertEquals(i * i, square.get(i));
        }
        calls.set(0);
        for (int i = 0; i < 5; i++) {
            assertEquals(i * i, square.get(i));
        }
        assertEquals(2, calls.get(), "the first three are kept, the last two computed again");
    }

    @Test
    void threadsShareOneMemo() throws InterruptedException {
        Memo<Integer, String> text = new Memo<>(1000, i -> "n" + i);
        List<Thread> threads = new ArrayList<>();
        List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int t = 0; t < 4; t++) {
            threads.add(Thread.ofPlatform()
                    .start(() -> IntStream.range(0, 5000).forEach(i -> {
                        if (!text.get(i % 700).equals("n" + i % 700)) {
                            failures.add(new AssertionError("wrong answer for " + i % 700));
                        }
                    })));
        }
        for (Thread t : threads) {
            t.join();
        }
        assertEquals(List.of(), failures);
    }
}

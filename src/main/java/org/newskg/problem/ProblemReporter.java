package org.newskg.problem;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

/**
 * Receives problems with inputs while a batch goes on (Jena's ErrorHandler habit): stages report
 * and carry on; the caller decides what to print and which exit status to use.
 */
public interface ProblemReporter {

    void report(Problem problem);

    /** A reporter that keeps every problem and also hands it to a listener (e.g. the console). */
    static Collecting collecting(Consumer<Problem> listener) {
        return new Collecting(listener);
    }

    final class Collecting implements ProblemReporter {
        private final List<Problem> problems = Collections.synchronizedList(new ArrayList<>());
        private final Consumer<Problem> listener;

        Collecting(Consumer<Problem> listener) {
            this.listener = listener;
        }

        @Override
        public void report(Problem problem) {
            problems.add(problem);
            listener.accept(problem);
        }

        public List<Problem> problems() {
            synchronized (problems) {
                return List.copyOf(problems);
            }
        }

        public long errors() {
            return problems().stream()
                    .filter(p -> p.severity() == Problem.Severity.ERROR)
                    .count();
        }
    }
}

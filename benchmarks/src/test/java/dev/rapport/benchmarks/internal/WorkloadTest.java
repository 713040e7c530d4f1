package dev.rapport.benchmarks.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.rapport.benchmarks.AnswersDifferException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Different answers stop the run, naming the workload, the group, the quantity and both values. */
class WorkloadTest {

    /** A workload whose answers are given, to exercise the checks. */
    private static final class Given extends Workload<Map<List<String>, Long>> {
        Given() {
            super(null);
        }

        @Override
        public String name() {
            return "given";
        }

        @Override
        public Map<List<String>, Long> rapport() {
            throw new UnsupportedOperationException();
        }

        @Override
        public Map<List<String>, Long> duckdb() {
            throw new UnsupportedOperationException();
        }

        @Override
        public long ceiling() {
            return 0;
        }

        @Override
        public void verify(Map<List<String>, Long> rapport, Map<List<String>, Long> duckdb) {
            sameGroups(rapport, duckdb, Workload::label, (group, r, d) -> exact(group, "contacts", r, d));
        }

        @Override
        public String describe(Map<List<String>, Long> answer) {
            return answer.toString();
        }
    }

    @Test
    void verify_differentCount_throwsNamingGroupAndValues() {
        var e = assertThrows(AnswersDifferException.class, () -> new Given()
                .verify(Map.of(List.of("faq", "web"), 10L), Map.of(List.of("faq", "web"), 11L)));
        assertEquals("given: contacts of faq/web: Rapport 10, DuckDB 11", e.getMessage());
    }

    @Test
    void verify_differentGroups_throwsListingBoth() {
        var e = assertThrows(AnswersDifferException.class, () -> new Given()
                .verify(Map.of(List.of("faq", "web"), 10L), Map.of(List.of("chat", "chat"), 10L)));
        assertEquals("given: different groups; only in Rapport [faq/web], only in DuckDB [chat/chat]",
                e.getMessage());
    }

    @Test
    void close_beyondTolerance_throws() {
        var e = assertThrows(AnswersDifferException.class,
                () -> new Given().close("all", "p90 wait (ms)", 1002, 1000, 1e-3));
        assertEquals("given: p90 wait (ms) of all: Rapport 1002.0, DuckDB 1000.0 (tolerance 0.001 relative)",
                e.getMessage());
    }

    @Test
    void close_withinTolerance_passes() {
        new Given().close("all", "p90 wait (ms)", 1000.9, 1000, 1e-3);
    }
}

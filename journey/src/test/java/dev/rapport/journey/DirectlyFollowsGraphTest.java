package dev.rapport.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.core.Channel;
import dev.rapport.core.Interaction;
import dev.rapport.core.Outcome;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DirectlyFollowsGraphTest {

    private final DirectlyFollowsGraph byCase = DirectlyFollowsGraph.of(
            EventLogReader.strict().csv(EventLogReaderTest.resource("canonical.csv")).log(Grouping.BY_CASE));

    @Test
    void of_canonicalCsv_countsEveryConsecutivePair() {
        // k1: ad faq chat phone-support; k2: faq phone-support; k3: chat survey; k4: faq
        assertEquals(4, byCase.journeys());
        assertEquals(3 + 1 + 1 + 0, byCase.pairs());
        assertEquals(1, byCase.count("ad", "faq"));
        assertEquals(1, byCase.count("faq", "phone-support"));
        assertEquals(0, byCase.count("phone-support", "faq"));
        assertEquals(900, byCase.edge("chat", "phone-support").orElseThrow().medianSeconds()); // 09:05 -> 09:20
        assertEquals(0, byCase.edge("chat", "survey").orElseThrow().medianSeconds()); // same instant
        assertEquals(Map.of("ad", 1L, "chat", 1L, "faq", 2L), byCase.starts());
        assertEquals(Map.of("faq", 1L, "phone-support", 2L, "survey", 1L), byCase.ends());
        assertEquals(Map.of("ad", 1L, "chat", 2L, "faq", 3L, "phone-support", 2L, "survey", 1L),
                byCase.occurrences());
    }

    @Test
    void variants_mostFrequentFirstThenInPathOrder() {
        assertEquals(List.of(new Variant(List.of("ad", "faq", "chat", "phone-support"), 1),
                new Variant(List.of("chat", "survey"), 1), new Variant(List.of("faq"), 1),
                new Variant(List.of("faq", "phone-support"), 1)), byCase.variants());
        assertEquals(2, byCase.topVariants(2).size());
    }

    @Test
    void edge_timesBetween_percentilesByLinearInterpolation() {
        List<Interaction> list = new ArrayList<>();
        int[] gaps = {60, 120, 600};
        for (int i = 0; i < gaps.length; i++) {
            Instant start = Instant.parse("2026-01-05T09:00:00Z").plusSeconds(86_400L * i);
            list.add(Interaction.builder("a" + i, "c" + i, start, "faq", Channel.WEB).outcome(Outcome.UNRESOLVED)
                    .build());
            list.add(Interaction.builder("b" + i, "c" + i, start.plusSeconds(gaps[i]), "chat", Channel.CHAT)
                    .outcome(Outcome.RESOLVED).build());
        }
        FollowStats stats = DirectlyFollowsGraph.of(JourneyLog.of(list, Grouping.BY_CUSTOMER))
                .edge("faq", "chat").orElseThrow();
        assertEquals(3, stats.count());
        assertEquals(120, stats.medianSeconds());
        assertEquals(90, stats.p25Seconds());
        assertEquals(360, stats.p75Seconds());
        assertEquals(504, stats.p90Seconds(), 1e-9); // 120 + 0.8 * (600 - 120)
        assertEquals("faq -> chat  3x  median 120s (p90 504s)", stats.toString());
    }

    @Test
    void toDotAndToMermaid_labelEdgesWithCounts() {
        String dot = byCase.toDot();
        assertTrue(dot.startsWith("digraph discovered {"), dot);
        assertTrue(dot.contains("\"faq\" -> \"chat\" [label=\"1\""), dot);
        assertTrue(dot.contains("\"faq\" [label=\"faq\\n3\"]"), dot);
        String mermaid = byCase.toMermaid();
        assertTrue(mermaid.startsWith("flowchart LR\n"), mermaid);
        assertTrue(mermaid.contains("  n_faq -->|1| n_phone_support\n"), mermaid);
    }
}

package dev.rapport.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.core.Channel;
import dev.rapport.core.Interaction;
import dev.rapport.core.Outcome;
import dev.rapport.data.EventLogReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DirectlyFollowsGraphTest {

    private final DirectlyFollowsGraph byCase = DirectlyFollowsGraph.of(
            JourneyLog.of(EventLogReader.strict().csv(ImportedJourneysTest.resource("canonical.csv")), Grouping.BY_CASE));

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

    @Test
    void toMermaid_similarIdsAndHtmlInNames_distinctNodesNoRawHtml() {
        List<Interaction> list = new ArrayList<>();
        Instant start = Instant.parse("2026-01-05T09:00:00Z");
        String[] touchpoints = {"a-b", "a_b", "<img src=x onerror=alert(1)>"};
        for (int i = 0; i < touchpoints.length; i++) {
            list.add(Interaction.builder("i" + i, "c1", start.plusSeconds(60L * i), touchpoints[i], Channel.WEB)
                    .outcome(Outcome.UNRESOLVED).build());
        }
        String mermaid = DirectlyFollowsGraph.of(JourneyLog.of(list, Grouping.BY_CUSTOMER)).toMermaid();
        assertEquals("""
                flowchart LR
                  x__3c_img_20_src_3d_x_20_onerror_3d_alert_28_1_29__3e_["#lt;img src=x onerror=alert(1)#gt; (1)"]
                  n_a_b["a-b (1)"]
                  x_a_5f_b["a_b (1)"]
                  n_a_b -->|1| x_a_5f_b
                  x_a_5f_b -->|1| x__3c_img_20_src_3d_x_20_onerror_3d_alert_28_1_29__3e_
                """, mermaid);
    }

    //-----------------------------------------------------------------------
    // ofColumns(int[], int, long[], short[], List)
    //-----------------------------------------------------------------------
    /**
     * Six journey codes (3 has no row), rows out of order: j0 faq 0 s, chat 60 s, phone 60 s (a tie, row order),
     * faq 90 s; j1 faq 1 s, phone 31.5 s; j2 chat; j4 faq, chat after 120 s; j5 faq, chat after 600 s.
     */
    private static final DirectlyFollowsGraph COLUMNS = DirectlyFollowsGraph.ofColumns(
            new int[] {1, 0, 0, 2, 0, 1, 0, 4, 5, 5, 4},
            6,
            new long[] {1_000, 60_000, 0, 5_000, 60_000, 31_500, 90_000, 0, 600_000, 0, 120_000},
            new short[] {0, 1, 0, 1, 2, 2, 0, 0, 1, 0, 1},
            List.of("faq", "chat", "phone"));

    @Test
    void ofColumns_handComputedLog_countsPairsStartsEndsAndOccurrences() {
        assertEquals(5, COLUMNS.journeys());
        assertEquals(6, COLUMNS.pairs());
        assertEquals(3, COLUMNS.count("faq", "chat"));
        assertEquals(1, COLUMNS.count("chat", "phone"));
        assertEquals(1, COLUMNS.count("phone", "faq"));
        assertEquals(1, COLUMNS.count("faq", "phone"));
        assertEquals(Map.of("faq", 5L, "chat", 4L, "phone", 2L), COLUMNS.occurrences());
        assertEquals(Map.of("faq", 4L, "chat", 1L), COLUMNS.starts());
        assertEquals(Map.of("faq", 1L, "chat", 3L, "phone", 1L), COLUMNS.ends());
    }

    @Test
    void ofColumns_handComputedLog_secondsBetweenByLinearInterpolation() {
        assertEquals(new FollowStats(Transition.of("faq", "chat"), 3, 120, 90, 360, 504),
                COLUMNS.edge("faq", "chat").orElseThrow()); // 60, 120 and 600 s
        assertEquals(new FollowStats(Transition.of("chat", "phone"), 1, 0, 0, 0, 0),
                COLUMNS.edge("chat", "phone").orElseThrow()); // equal times keep row order
        assertEquals(new FollowStats(Transition.of("phone", "faq"), 1, 30, 30, 30, 30),
                COLUMNS.edge("phone", "faq").orElseThrow());
        assertEquals(30.5, COLUMNS.edge("faq", "phone").orElseThrow().medianSeconds());
    }

    @Test
    void ofColumns_handComputedLog_variantsMostFrequentFirstThenInPathOrder() {
        assertEquals(List.of(new Variant(List.of("faq", "chat"), 2), new Variant(List.of("chat"), 1),
                new Variant(List.of("faq", "chat", "phone", "faq"), 1), new Variant(List.of("faq", "phone"), 1)),
                COLUMNS.variants());
    }

    @Test
    void ofColumns_sameInteractionsAsCanonicalCsv_sameGraphAsOf() {
        List<Interaction> interactions = EventLogReader.strict().csv(ImportedJourneysTest.resource("canonical.csv"))
                .interactions();
        List<String> touchpoints = interactions.stream().map(Interaction::touchpoint).distinct().toList();
        List<String> keys = interactions.stream().map(Grouping.BY_CASE::keyOf).distinct().toList();
        int n = interactions.size();
        int[] journey = new int[n];
        long[] millis = new long[n];
        short[] touchpoint = new short[n];
        for (int r = 0; r < n; r++) {
            journey[r] = keys.indexOf(Grouping.BY_CASE.keyOf(interactions.get(r)));
            millis[r] = interactions.get(r).timestamp().toEpochMilli();
            touchpoint[r] = (short) touchpoints.indexOf(interactions.get(r).touchpoint());
        }

        assertEquals(byCase, DirectlyFollowsGraph.ofColumns(journey, keys.size(), millis, touchpoint, touchpoints));
    }

    @Test
    void ofColumns_noRows_noJourneys() {
        DirectlyFollowsGraph test = DirectlyFollowsGraph.ofColumns(new int[0], 3, new long[0], new short[0],
                List.of("faq"));
        assertEquals(DirectlyFollowsGraph.of(JourneyLog.of(List.of(), Grouping.BY_CASE)), test);
        assertEquals(0, test.journeys());
    }

    @Test
    void ofColumns_columnsOfDifferentLengths_rejectedWithTheLengths() {
        var e = assertThrows(IllegalArgumentException.class, () -> DirectlyFollowsGraph.ofColumns(new int[2], 1,
                new long[3], new short[2], List.of("faq")));
        assertEquals("journeyOfRow, epochMillis and touchpointOfRow must have the same length, were 2, 3 and 2",
                e.getMessage());
    }

    @Test
    void ofColumns_journeyCodeOutOfRange_rejectedWithRowAndCode() {
        var e = assertThrows(IllegalArgumentException.class, () -> DirectlyFollowsGraph.ofColumns(
                new int[] {0, 2}, 2, new long[2], new short[2], List.of("faq")));
        assertEquals("journeyOfRow[1] must be in [0, 2), was 2", e.getMessage());
    }

    @Test
    void ofColumns_touchpointCodeOutOfRange_rejectedWithRowAndCode() {
        var e = assertThrows(IllegalArgumentException.class, () -> DirectlyFollowsGraph.ofColumns(
                new int[] {0, 0}, 1, new long[2], new short[] {-1, 0}, List.of("faq")));
        assertEquals("touchpointOfRow[0] must be in [0, 1), was -1", e.getMessage());
    }

    @Test
    void ofColumns_negativeJourneys_rejectedWithTheNumber() {
        var e = assertThrows(IllegalArgumentException.class, () -> DirectlyFollowsGraph.ofColumns(
                new int[0], -1, new long[0], new short[0], List.of("faq")));
        assertEquals("journeys must be between 0 and 2147483646, was -1", e.getMessage());
    }

    @Test
    void ofColumns_journeysMaxInt_rejectedWithTheNumber() {
        var e = assertThrows(IllegalArgumentException.class, () -> DirectlyFollowsGraph.ofColumns(
                new int[0], Integer.MAX_VALUE, new long[0], new short[0], List.of("faq")));
        assertEquals("journeys must be between 0 and 2147483646, was 2147483647", e.getMessage());
    }

    @Test
    void ofColumns_touchpointIdTwice_rejectedWithTheIdAndBothCodes() {
        var e = assertThrows(IllegalArgumentException.class, () -> DirectlyFollowsGraph.ofColumns(
                new int[0], 0, new long[0], new short[0], List.of("faq", "chat", "faq")));
        assertEquals("touchpoints must be distinct, 'faq' is at 0 and 2", e.getMessage());
    }

    @Test
    void ofColumns_timesFurtherApartThanALong_rejectedWithBothTimes() {
        var e = assertThrows(IllegalArgumentException.class, () -> DirectlyFollowsGraph.ofColumns(
                new int[] {0, 0}, 1, new long[] {Long.MAX_VALUE, -1}, new short[2], List.of("faq")));
        assertEquals("times within a journey must be at most 9223372036854775807 ms apart, were -1 and "
                + "9223372036854775807", e.getMessage());
    }

    @Test
    void ofColumns_nullColumn_namesTheParameter() {
        var e = assertThrows(NullPointerException.class, () -> DirectlyFollowsGraph.ofColumns(
                new int[0], 0, null, new short[0], List.of("faq")));
        assertEquals("epochMillis", e.getMessage());
    }

    @Test
    void ofColumns_nullTouchpointId_namesItsCode() {
        var e = assertThrows(NullPointerException.class, () -> DirectlyFollowsGraph.ofColumns(
                new int[0], 0, new long[0], new short[0], java.util.Arrays.asList("faq", null)));
        assertEquals("touchpoints[1]", e.getMessage());
    }
}

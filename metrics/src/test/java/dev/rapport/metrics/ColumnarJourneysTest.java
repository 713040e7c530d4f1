package dev.rapport.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.rapport.core.Channel;
import dev.rapport.core.Interaction;
import dev.rapport.core.Outcome;
import dev.rapport.data.InteractionColumns;
import dev.rapport.journey.DirectlyFollowsGraph;
import dev.rapport.journey.Grouping;
import dev.rapport.journey.JourneyLog;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** {@link InteractionColumns#directlyFollows} against discovery over {@link JourneyLog}. */
class ColumnarJourneysTest {

    private static final String[] TOUCHPOINTS = {"faq", "chat", "phone-support", "survey"};
    /** Customer and case ids drawn from one pool, so that a case id can also be a customer id. */
    private static final String[] IDS = {"a", "b", "c", "d", "e"};

    private static Interaction contact(String id, String customer, String caseId, long millis, String touchpoint) {
        Interaction.Builder builder = Interaction.builder(id, customer, Instant.ofEpochMilli(millis), touchpoint,
                Channel.WEB).outcome(Outcome.RESOLVED);
        if (caseId != null) {
            builder.caseId(caseId);
        }
        return builder.build();
    }

    /**
     * Up to 120 interactions: 5 customers, no case or one of 10 cases (5 with the ids of the customers), 4
     * touchpoints, times within 10 seconds (many ties) or a day, in milliseconds.
     */
    static Gen<List<Interaction>> interactions() {
        return lists().of(longs().all()).ofSizeBetween(0, 120).map(seeds -> {
            List<Interaction> list = new ArrayList<>();
            for (int i = 0; i < seeds.size(); i++) {
                Random r = new Random(seeds.get(i));
                long millis = 1_767_000_000_000L + (r.nextBoolean() ? 1000L * r.nextInt(10) : r.nextInt(86_400_000));
                String caseId = r.nextInt(3) == 0 ? null : (r.nextBoolean() ? "" : "k-") + IDS[r.nextInt(IDS.length)];
                list.add(contact("i" + i, IDS[r.nextInt(IDS.length)], caseId, millis,
                        TOUCHPOINTS[r.nextInt(TOUCHPOINTS.length)]));
            }
            return list;
        });
    }

    @Test
    void directlyFollows_anyInteractions_sameGraphAsJourneyLogByCase() {
        qt().withExamples(200).forAll(interactions()).checkAssert(list ->
                assertEquals(DirectlyFollowsGraph.of(JourneyLog.of(list, Grouping.BY_CASE)),
                        DirectlyFollowsGraph.of(InteractionColumns.of(list), Grouping.BY_CASE)));
    }

    @Test
    void directlyFollows_anyInteractions_sameGraphAsJourneyLogByCustomer() {
        qt().withExamples(200).forAll(interactions()).checkAssert(list ->
                assertEquals(DirectlyFollowsGraph.of(JourneyLog.of(list, Grouping.BY_CUSTOMER)),
                        DirectlyFollowsGraph.of(InteractionColumns.of(list), Grouping.BY_CUSTOMER)));
    }

    @Test
    void directlyFollows_caseIdEqualToACustomerId_oneJourneyAsInJourneyLog() {
        // customer "a" without a case and case "a" of customer "b" have the same key, so one journey: faq, chat
        List<Interaction> list = List.of(contact("i1", "a", null, 1_000, "faq"),
                contact("i2", "b", "a", 61_000, "chat"), contact("i3", "b", "k", 0, "survey"));
        DirectlyFollowsGraph test = DirectlyFollowsGraph.of(InteractionColumns.of(list), Grouping.BY_CASE);

        assertEquals(DirectlyFollowsGraph.of(JourneyLog.of(list, Grouping.BY_CASE)), test);
        assertEquals(2, test.journeys());
        assertEquals(60, test.edge("faq", "chat").orElseThrow().medianSeconds());
        assertEquals(Map.of("faq", 1L, "survey", 1L), test.starts());
    }

    @Test
    void directlyFollows_byCustomer_oneJourneyPerCustomerAcrossCases() {
        List<Interaction> list = List.of(contact("i1", "a", "k1", 0, "faq"), contact("i2", "a", "k2", 30_000,
                "chat"), contact("i3", "a", null, 30_000, "survey"));
        DirectlyFollowsGraph test = DirectlyFollowsGraph.of(InteractionColumns.of(list), Grouping.BY_CUSTOMER);

        assertEquals(1, test.journeys());
        assertEquals(2, test.pairs());
        assertEquals(0, test.edge("chat", "survey").orElseThrow().medianSeconds());
    }

    @Test
    void directlyFollows_noInteractions_emptyGraph() {
        assertEquals(DirectlyFollowsGraph.of(JourneyLog.of(List.of(), Grouping.BY_CASE)),
                DirectlyFollowsGraph.of(InteractionColumns.of(List.of()), Grouping.BY_CASE));
    }

    @Test
    void directlyFollows_nullGrouping_namesTheParameter() {
        var e = assertThrows(NullPointerException.class, () -> DirectlyFollowsGraph.of(InteractionColumns.of(List.of()), null));
        assertEquals("grouping", e.getMessage());
    }
}

package dev.rapport.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rapport.core.ServiceDimension;
import dev.rapport.metrics.InteractionColumns.Dimension;

/** Asserts that two {@link InteractionColumns} hold the same rows with the same dictionary codes. */
final class SameColumns {

    private SameColumns() {
    }

    /**
     * Compares sizes, the flat time, touchpoint, customer and case codes, and per dimension (so per dictionary
     * value) the states of the NPS, CSAT, CES, wait, handling time and rating metrics, and FCR over cases.
     */
    static void assertSameColumns(InteractionColumns expected, InteractionColumns actual) {
        assertEquals(expected.size(), actual.size(), "size");
        assertArrayEquals(expected.flatTimestamps(), actual.flatTimestamps(), "timestamps");
        assertArrayEquals(expected.flatTouchpoints(), actual.flatTouchpoints(), "touchpoint codes");
        assertArrayEquals(expected.flatCustomers(), actual.flatCustomers(), "customer codes");
        assertArrayEquals(expected.flatCases(), actual.flatCases(), "case codes");
        for (Dimension dimension : Dimension.values()) {
            String by = " by " + dimension;
            assertEquals(expected.accumulate(Metrics.nps(), dimension), actual.accumulate(Metrics.nps(), dimension),
                    "NPS" + by);
            assertEquals(expected.accumulate(Metrics.waitMean(), dimension),
                    actual.accumulate(Metrics.waitMean(), dimension), "wait" + by);
            assertEquals(expected.accumulate(Metrics.handlePercentile(90), dimension),
                    actual.accumulate(Metrics.handlePercentile(90), dimension), "handling time" + by);
            assertEquals(expected.accumulate(Metrics.csat(), dimension), actual.accumulate(Metrics.csat(), dimension),
                    "CSAT" + by);
            assertEquals(expected.accumulate(Metrics.cesMean(), dimension),
                    actual.accumulate(Metrics.cesMean(), dimension), "CES" + by);
        }
        for (ServiceDimension rated : ServiceDimension.builtIn()) {
            assertEquals(expected.accumulate(Metrics.ratingMean(rated), Dimension.AGENT),
                    actual.accumulate(Metrics.ratingMean(rated), Dimension.AGENT), "rating of " + rated);
        }
        assertEquals(expected.accumulate(Metrics.fcr()), actual.accumulate(Metrics.fcr()), "FCR");
    }
}

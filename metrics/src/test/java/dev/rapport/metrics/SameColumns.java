package dev.rapport.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rapport.core.ServiceDimension;
import dev.rapport.data.InteractionColumns;
import dev.rapport.data.InteractionColumns.Dimension;
import dev.rapport.data.internal.ColumnStore;

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
        assertArrayEquals(ColumnStore.of(expected).flatTimestamps(), ColumnStore.of(actual).flatTimestamps(), "timestamps");
        assertArrayEquals(ColumnStore.of(expected).flatTouchpoints(), ColumnStore.of(actual).flatTouchpoints(), "touchpoint codes");
        assertArrayEquals(ColumnStore.of(expected).flatCustomers(), ColumnStore.of(actual).flatCustomers(), "customer codes");
        assertArrayEquals(ColumnStore.of(expected).flatCases(), ColumnStore.of(actual).flatCases(), "case codes");
        for (Dimension dimension : Dimension.values()) {
            String by = " by " + dimension;
            assertEquals(ColumnMetrics.accumulate(expected, Metrics.nps(), dimension), ColumnMetrics.accumulate(actual, Metrics.nps(), dimension),
                    "NPS" + by);
            assertEquals(ColumnMetrics.accumulate(expected, Metrics.waitMean(), dimension),
                    ColumnMetrics.accumulate(actual, Metrics.waitMean(), dimension), "wait" + by);
            assertEquals(ColumnMetrics.accumulate(expected, Metrics.handlePercentile(90), dimension),
                    ColumnMetrics.accumulate(actual, Metrics.handlePercentile(90), dimension), "handling time" + by);
            assertEquals(ColumnMetrics.accumulate(expected, Metrics.csat(), dimension), ColumnMetrics.accumulate(actual, Metrics.csat(), dimension),
                    "CSAT" + by);
            assertEquals(ColumnMetrics.accumulate(expected, Metrics.cesMean(), dimension),
                    ColumnMetrics.accumulate(actual, Metrics.cesMean(), dimension), "CES" + by);
        }
        for (ServiceDimension rated : ServiceDimension.builtIn()) {
            assertEquals(ColumnMetrics.accumulate(expected, Metrics.ratingMean(rated), Dimension.AGENT),
                    ColumnMetrics.accumulate(actual, Metrics.ratingMean(rated), Dimension.AGENT), "rating of " + rated);
        }
        assertEquals(SurveyDimensions.tallies(expected), SurveyDimensions.tallies(actual), "every dimension's ratings");
        assertEquals(ColumnMetrics.accumulate(expected, Metrics.fcr()), ColumnMetrics.accumulate(actual, Metrics.fcr()), "FCR");
    }
}

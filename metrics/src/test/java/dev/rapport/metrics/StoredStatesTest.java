package dev.rapport.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.rapport.core.RapportJson;
import dev.rapport.core.UnreadableInputException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

/**
 * Stored states are checked before anything is allocated or computed from them (issue 17 #4): a histogram's
 * declared precision and range, a decimal's exponent, counts whose total overflows, moments no values can have. Each
 * fails with Rapport's exception and the JSON path (JSON states) or with the metric's name (binary states).
 */
class StoredStatesTest {

    private static UnreadableInputException unreadable(String json, Class<?> type) {
        return assertThrows(UnreadableInputException.class, () -> RapportJson.read(json, type));
    }

    private static String compressed(Histogram histogram) {
        ByteBuffer buffer = ByteBuffer.allocate(histogram.getNeededByteBufferCapacity());
        int length = histogram.encodeIntoCompressedByteBuffer(buffer);
        return Base64.getEncoder().encodeToString(Arrays.copyOf(buffer.array(), length));
    }

    //-----------------------------------------------------------------------
    // Distribution: the histogram's header
    //-----------------------------------------------------------------------
    @Test
    void distribution_histogramDeclaringFiveDigitsOver2To62_refusedBeforeDecoding() {
        Histogram hostile = new Histogram(1, 1L << 62, 5);
        hostile.recordValue(1000);
        String json = "{\"count\": 1, \"histogram\": \"" + compressed(hostile) + "\"}";
        var e = unreadable("{\"state\": " + json + "}", Holder.class);
        assertEquals("$.state", e.jsonPath().orElseThrow());
        assertEquals("a histogram distribution keeps 3 significant digits, this one declares 5", e.problem());
    }

    @Test
    void distribution_histogramWithAnotherLowestValue_refused() {
        Histogram other = new Histogram(1000, 1L << 40, 3);
        other.recordValue(5000);
        var e = unreadable("{\"count\": 1, \"histogram\": \"" + compressed(other) + "\"}", Distribution.class);
        assertEquals("a histogram distribution's lowest trackable value is 1 ms, this one declares 1000",
                e.problem());
    }

    @Test
    void distribution_histogramNotDeflated_namesTheProblem() {
        var e = unreadable("{\"count\": 1, \"histogram\": \"" + Base64.getEncoder().encodeToString(new byte[] {
            0x1c, (byte) 0x84, (byte) 0x93, 0x14, 0, 0, 0, 4, 1, 2, 3, 4}) + "\"}", Distribution.class);
        assertEquals("distribution histogram is not a valid compressed HdrHistogram: its header does not inflate",
                e.problem());
    }

    @Test
    void distribution_ownHistogram_stillReadsBack() {
        Distribution.Accumulator many = new Distribution.Accumulator();
        for (long v = 0; v <= Distribution.EXACT_DISTINCT_LIMIT; v++) {
            many.add(v * 7);
        }
        Distribution d = many.snapshot();
        assertEquals(d, RapportJson.read(RapportJson.write(d), Distribution.class));
        assertEquals(d, StateCodec.decode(Metrics.waitPercentile(90), StateCodec.encode(Metrics.waitPercentile(90),
                d)));
    }

    //-----------------------------------------------------------------------
    // ExactMean and GapTally: decimal exponents
    //-----------------------------------------------------------------------
    @Test
    void exactMean_sumWithAHugeExponent_refusedBeforeComputing() {
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            for (String sum : new String[] {"1e10000000", "1e999999999", "1e-999999999"}) {
                var e = unreadable("{\"count\": 1, \"sum\": \"" + sum + "\", \"sum_of_squares\": \"1\"}",
                        ExactMean.class);
                assertEquals("$", e.jsonPath().orElseThrow());
                assertEquals("sum must be a sum of doubles: a decimal exponent between -2148 and 640, was "
                        + new java.math.BigDecimal(sum), e.problem(), sum);
            }
        });
    }

    @Test
    void gapTally_nestedHugeExponent_refusedWithItsPath() {
        String mean = "{\"count\": 0, \"sum\": \"0\", \"sum_of_squares\": \"0\"}";
        var e = unreadable("{\"failures\": 1, \"met\": 0, \"delighted\": 0, \"msa\": {\"count\": 1, \"sum\": \"-2\", "
                + "\"sum_of_squares\": \"4e10000000\"}, \"mss\": " + mean + ", \"perceived\": " + mean + "}",
                GapTally.class);
        assertEquals("$.msa", e.jsonPath().orElseThrow());
        assertEquals("sum of squares must be a sum of doubles: a decimal exponent between -2148 and 640, was 4E+10000000",
                e.problem());
    }

    @Test
    void exactMean_sumOfSquaresBelowSquaredSumOverN_refused() {
        var e = unreadable("{\"count\": 2, \"sum\": \"10\", \"sum_of_squares\": \"1\"}", ExactMean.class);
        assertEquals("a mean's sum of squares 1 is below sum²/count = 50 (count 2, sum 10): no values have these",
                e.problem());
    }

    //-----------------------------------------------------------------------
    // counts
    //-----------------------------------------------------------------------
    @Test
    void nps_countsWhoseTotalOverflows_refused() {
        var e = unreadable("{\"promoters\": 9223372036854775807, \"passives\": 1, \"detractors\": 0}",
                NetPromoterScore.class);
        assertEquals("NPS counts must add up to at most 9223372036854775807, were 9223372036854775807/1/0",
                e.problem());
        var binary = assertThrows(IllegalArgumentException.class, () -> StateCodec.decode(Metrics.nps(),
                new byte[] {1, -1, -1, -1, -1, -1, -1, -1, -1, 127, 1, 0}));
        assertEquals("state of metric 'nps' is not a valid state: NPS counts must add up to at most "
                + "9223372036854775807, were 9223372036854775807/1/0 (byte 12 of 12)", binary.getMessage());
    }

    @Test
    void gapAndPromiseTallies_countsWhoseTotalOverflows_refused() {
        assertThrows(IllegalArgumentException.class, () -> new PromiseTally(Long.MAX_VALUE, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> new GapTally(Long.MAX_VALUE, 0, 1, ExactMean.empty(),
                ExactMean.empty(), ExactMean.empty()));
        assertThrows(IllegalArgumentException.class, () -> new RatingTally(Long.MAX_VALUE, 1, 0, 0, 0, 0));
    }

    //-----------------------------------------------------------------------
    // Moments
    //-----------------------------------------------------------------------
    @Test
    void moments_sumOfSquaresBelowSquaredSumOverN_refused() {
        var e = unreadable("{\"count\": 2, \"sum\": 10, \"sum_of_squares_high\": 0, \"sum_of_squares_low\": 1}",
                Moments.class);
        assertEquals("$", e.jsonPath().orElseThrow());
        assertEquals("a mean's sum of squares 1 is below sum²/count = 50 (count 2, sum 10): no values have these",
                e.problem());
        var binary = assertThrows(IllegalArgumentException.class,
                () -> StateCodec.decode(Metrics.csatMean(), new byte[] {3, 2, 20, 0, 1}));
        assertEquals("state of metric 'csat-mean' is not a valid state: " + e.problem() + " (byte 5 of 5)",
                binary.getMessage());
    }

    @Test
    void moments_negativeCountOrValuesWithoutCount_refused() {
        var negative = unreadable("{\"count\": -1, \"sum\": 0, \"sum_of_squares_high\": 0, \"sum_of_squares_low\": 0}",
                Moments.class);
        assertEquals("count must not be negative, was -1", negative.problem());
        var empty = unreadable("{\"count\": 0, \"sum\": 3, \"sum_of_squares_high\": 0, \"sum_of_squares_low\": 9}",
                Moments.class);
        assertEquals("a mean of no values has sum and sum of squares 0, had 3 and 9", empty.problem());
    }

    @Test
    void moments_sumBeyondWhatItsValuesCanAddUpTo_refused() {
        var e = unreadable("{\"count\": 1, \"sum\": 9000000000, \"sum_of_squares_high\": 5, "
                + "\"sum_of_squares_low\": 0}", Moments.class);
        assertEquals("a mean's values are at most 3037000499 in magnitude: 1 of them cannot add up to 9000000000",
                e.problem());
    }

    @Test
    void moments_consistentStates_readBack() {
        Moments m = Moments.of(3, 4, 5, -2);
        assertEquals(m, RapportJson.read(RapportJson.write(m), Moments.class));
        assertEquals(m, StateCodec.decode(Metrics.csatMean(), StateCodec.encode(Metrics.csatMean(), m)));
    }

    /** A document that holds a state, for the JSON path. */
    record Holder(Distribution state) {
    }
}

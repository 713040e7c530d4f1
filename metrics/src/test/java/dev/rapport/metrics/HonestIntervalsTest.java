package dev.rapport.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.core.RapportJson;
import dev.rapport.core.Scale;
import dev.rapport.core.UnreadableInputException;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * Issue 17 items 2 and 3: intervals that are honest at every n. Each regression below failed before: zero-width
 * intervals for one value or identical ones, duration means below 0, CSAT means above 5, a p99 of 30 waits whose
 * upper bound was the sample maximum, a fixed small-sample threshold for percentiles.
 */
class HonestIntervalsTest {

    private static final Random SEED = new Random(20261204L);

    //-----------------------------------------------------------------------
    @Test
    void mean_oneWait_openAboveNotZeroWidth() {
        // rule of three for n = 1: at most 95% of waits differ from 30 s, so the mean is at least 30 × 0.05 s
        Estimate e = Moments.of(30_000).estimate(Scale.DURATION_SECONDS, 1000);
        assertEquals(1.5, e.lower(), 1e-9);
        assertEquals(Double.POSITIVE_INFINITY, e.upper(), 0);
        assertEquals(Estimate.Bounds.LOWER_ONLY, e.bounds());
        assertEquals("rule-of-three", e.method());
        assertTrue(e.isSmallSample());
        assertEquals("30.0 (95% CI 1.5 to ∞, n=1, rule-of-three, small sample)", e.toString());
    }

    @Test
    void mean_oneValueOnAnUnboundedScale_noInterval() {
        Estimate e = ExactMean.of(4).estimate();
        assertEquals(Estimate.Bounds.NONE, e.bounds());
        assertFalse(e.isEmpty());
        assertEquals("4.0 (no interval, n=1, rule-of-three, small sample)", e.toString());
        assertJsonRoundTrip(e, "\"lower\" : null,\n  \"upper\" : null,\n  \"bounds\" : \"none\"");
    }

    @Test
    void mean_thirtyIdenticalCsatAnswers_ruleOfThreeNotZeroWidth() {
        // r = 1 − 0.05^(1/30) = 0.095034: at most that share of answers is below 5, each at least 1.
        Estimate e = Moments.of(LongStream.generate(() -> 5).limit(30).toArray()).estimate(Scale.CSAT, 1);
        assertEquals(5.0, e.point(), 0);
        assertEquals(4.619865, e.lower(), 1e-6);
        assertEquals(5.0, e.upper(), 0);
        assertEquals(Estimate.Bounds.BOTH, e.bounds());
        assertFalse(e.isSmallSample());
    }

    @Test
    void mean_twentyIdenticalWaits_boundedBelowOpenAbove() {
        // r = 1 − 0.05^(1/20) = 0.139108; 45 × (1 − r) = 38.740
        Estimate e = Moments.of(LongStream.generate(() -> 45_000).limit(20).toArray())
                .estimate(Scale.DURATION_SECONDS, 1000);
        assertEquals(38.740125, e.lower(), 1e-6);
        assertEquals(Estimate.Bounds.LOWER_ONLY, e.bounds());
    }

    @Test
    void mean_csatNearTheTop_upperBoundStaysAtFive() {
        // 5, 5, 5, 4: mean 4.75, sd 0.5, t(0.975, 3) = 3.182446: 3.954388 to 5.545612, clipped to 5
        Estimate e = Moments.of(5, 5, 5, 4).estimate(Scale.CSAT, 1);
        assertEquals(3.954388, e.lower(), 1e-6);
        assertEquals(5.0, e.upper(), 0);
        assertEquals("t", e.method());
    }

    @Test
    void mean_twoSkewedWaits_logTNeverBelowZero() {
        // 1 s and 60 s: the t interval is -344.3 to 405.3; log-t: w = 12.706205 × 41.719300 / 30.5 / √2 = 12.29,
        // 30.5 × e^∓w = 0.00014 to 6,631,453 s
        assertEquals(-344.333, Moments.of(1_000, 60_000).estimate(1000).lower(), 1e-3);
        Estimate e = Moments.of(1_000, 60_000).estimate(Scale.DURATION_SECONDS, 1000);
        assertEquals("log-t", e.method());
        assertEquals(0.000140278, e.lower(), 1e-9);
        assertEquals(6_631_453, e.upper(), 1);
    }

    @Test
    void mean_anyWaitsOrAnswers_withinTheScaleAndNeverZeroWidth() {
        for (int sample = 0; sample < 300; sample++) {
            int n = 1 + SEED.nextInt(40);
            long[] waits = new long[n];
            long[] answers = new long[n];
            for (int i = 0; i < n; i++) {
                waits[i] = (long) (-60_000 * Math.log1p(-SEED.nextDouble()));
                answers[i] = 1 + SEED.nextInt(sample % 2 == 0 ? 5 : 1);
            }
            Estimate wait = Moments.of(waits).estimate(Scale.DURATION_SECONDS, 1000);
            Estimate csat = Moments.of(answers).estimate(Scale.CSAT, 1);
            assertTrue(wait.lower() >= 0 && wait.upper() > wait.lower(), wait + " of " + Arrays.toString(waits));
            assertTrue(csat.lower() >= 1 && csat.upper() <= 5 && csat.upper() > csat.lower(),
                    csat + " of " + Arrays.toString(answers));
        }
    }

    //-----------------------------------------------------------------------
    @Test
    void p99_thirtyWaits_openAboveNotTheMaximum() {
        // B ~ Binomial(30, 0.99): P(B ≤ 29) = 1 − 0.99³⁰ = 0.26 < 0.975, so no order statistic bounds p99 above;
        // P(B ≤ 27) = 0.0033 ≤ 0.025 < P(B ≤ 28) = 0.036, so the lower bound is the 28th value.
        Distribution waits = Distribution.of(LongStream.rangeClosed(1, 30).map(s -> s * 1000).toArray());
        Estimate e = waits.estimate(99, 1000);
        assertEquals(30.0, e.point(), 0);
        assertEquals(28.0, e.lower(), 0);
        assertEquals(Double.POSITIVE_INFINITY, e.upper(), 0);
        assertEquals(Estimate.Bounds.LOWER_ONLY, e.bounds());
        assertEquals("30.0 (95% CI 28.0 to ∞, n=30, order-statistic, small sample)", e.toString());
        assertJsonRoundTrip(e, "\"lower\" : 28.0,\n  \"upper\" : null,\n  \"bounds\" : \"lower-only\"");
    }

    @Test
    void p50_oneWait_fromZeroOpenAbove() {
        Estimate e = Distribution.of(42_000).estimate(50, 1000);
        assertEquals(0.0, e.lower(), 0);
        assertEquals(Double.POSITIVE_INFINITY, e.upper(), 0);
        assertTrue(e.isSmallSample());
    }

    @Test
    void p50_hundredWaits_classicRanks40And61() {
        Distribution waits = Distribution.of(LongStream.rangeClosed(1, 100).map(s -> s * 1000).toArray());
        Estimate e = waits.estimate(50, 1000);
        assertEquals(40.0, e.lower(), 0);
        assertEquals(61.0, e.upper(), 0);
        assertFalse(e.isSmallSample());
    }

    @Test
    void smallSample_ofAPercentile_dependsOnTheTailNotOn30() {
        Distribution thirty = Distribution.of(LongStream.rangeClosed(1, 30).map(s -> s * 1000).toArray());
        Distribution hundred = Distribution.of(LongStream.rangeClosed(1, 100).map(s -> s * 1000).toArray());
        assertFalse(thirty.estimate(50, 1000).isSmallSample());       // 15 values on either side
        assertTrue(thirty.estimate(90, 1000).isSmallSample());        // 3 above
        assertFalse(hundred.estimate(90, 1000).isSmallSample());      // 10 above
        assertTrue(hundred.estimate(95, 1000).isSmallSample());       // 5 above
        // a KPI's minimum sample adds to the method's flag, never lifts it
        assertTrue(thirty.estimate(90, 1000).withMinimumSample(0).isSmallSample());
        assertFalse(thirty.estimate(50, 1000).withMinimumSample(0).isSmallSample());
        assertTrue(thirty.estimate(50, 1000).withMinimumSample(31).isSmallSample());
    }

    //-----------------------------------------------------------------------
    @Test
    void json_boundsDisagreeingWithTheBounds_rejectedNamingBoth() {
        var e = assertThrows(UnreadableInputException.class, () -> RapportJson.read("{\"value\":2.0,"
                + "\"sample_size\":3,\"lower\":1.0,\"upper\":null,\"bounds\":\"both\",\"confidence\":0.95,"
                + "\"method\":\"t\",\"small_sample\":false}", Estimate.class));
        assertTrue(e.getMessage().contains("an estimate's bounds must be 'lower-only' for lower 1.0 and upper null, "
                + "was 'both'"), e.getMessage());
    }

    @Test
    void of_infiniteValueOrWrongWayBound_rejectedQuotingThem() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> Estimate.of(1, 2, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, "t"));
        assertEquals("estimate parts must be finite (a bound may be open), were 1.0 [Infinity, Infinity]",
                e.getMessage());
    }

    //-----------------------------------------------------------------------
    @Test
    void coverage_percentilesOfExponentialWaits_atLeastNominal() {
        // 400 replications per cell: a true 0.95 lies above 0.90 with overwhelming probability (4.6 standard errors)
        for (int n : new int[] {10, 30, 100}) {
            for (double percentile : new double[] {50, 90, 99}) {
                double truth = -60 * Math.log1p(-percentile / 100);
                int covered = 0;
                for (int r = 0; r < 400; r++) {
                    Estimate e = Distribution.of(exponentialWaits(n)).estimate(percentile, 1000);
                    covered += e.lower() <= truth && truth <= e.upper() ? 1 : 0;
                }
                assertTrue(covered / 400.0 >= 0.90, "p" + percentile + " n=" + n + " covered " + covered);
            }
        }
    }

    @Test
    void coverage_meanOfExponentialWaits_logTAtLeast90Percent() {
        for (int n : new int[] {2, 10, 30, 100}) {
            int covered = 0;
            for (int r = 0; r < 400; r++) {
                Estimate e = Moments.of(exponentialWaits(n)).estimate(Scale.DURATION_SECONDS, 1000);
                covered += e.lower() <= 60 && 60 <= e.upper() ? 1 : 0;
            }
            assertTrue(covered / 400.0 >= 0.90, "n=" + n + " covered " + covered);
        }
    }

    @Test
    void coverage_csatMeanOfSkewedAnswers_atLeast90Percent() {
        // answers 1..5 with shares 5, 5, 10, 30, 50%: mean 4.15, most answers at the top of the scale
        double[] shares = {0.05, 0.05, 0.10, 0.30, 0.50};
        for (int n : new int[] {10, 30, 100}) {
            int covered = 0;
            for (int r = 0; r < 400; r++) {
                long[] answers = new long[n];
                for (int i = 0; i < n; i++) {
                    double u = SEED.nextDouble();
                    int answer = 1;
                    while (answer < 5 && (u -= shares[answer - 1]) > 0) {
                        answer++;
                    }
                    answers[i] = answer;
                }
                Estimate e = Moments.of(answers).estimate(Scale.CSAT, 1);
                covered += e.lower() <= 4.15 && 4.15 <= e.upper() ? 1 : 0;
            }
            assertTrue(covered / 400.0 >= 0.90, "n=" + n + " covered " + covered);
        }
    }

    /** The estimate's JSON holds {@code fragment} and reads back to an equal estimate. */
    private static void assertJsonRoundTrip(Estimate e, String fragment) {
        String json = RapportJson.write(e);
        assertTrue(json.contains(fragment), json);
        assertEquals(e, RapportJson.read(json, Estimate.class));
    }

    private static long[] exponentialWaits(int n) {
        long[] waits = new long[n];
        for (int i = 0; i < n; i++) {
            waits[i] = Math.round(-60_000 * Math.log1p(-SEED.nextDouble()));
        }
        return waits;
    }
}

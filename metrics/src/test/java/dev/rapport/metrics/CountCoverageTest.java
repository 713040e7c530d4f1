package dev.rapport.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A fast version of {@code dev.rapport.benchmarks.Coverage}'s counts table (README, "Reliability"): the 95%
 * intervals of the NPS (adjusted Wald), of a share (Wilson, computed exactly) and of productivity cover the truth
 * at least 93% of the time where the method promises 95%, with a fixed seed and modest replications (Monte Carlo
 * error about ±0.007). Where a method is known not to hold (Wilson next to 0 or 1, Wald NPS and productivity below
 * 30 contacts) the figure is pinned instead, so that a change shows.
 */
class CountCoverageTest {

    private static final int REPLICATIONS = 1000;
    private static final long SEED = 20261204L;

    /** The exact coverage of Wilson at n trials and true share p: the binomial mass of the outcomes it covers. */
    static double wilson(int n, double p) {
        double coverage = 0;
        double logFactorialN = logFactorial(n);
        for (int k = 0; k <= n; k++) {
            double log = logFactorialN - logFactorial(k) - logFactorial(n - k) + (k == 0 ? 0 : k * Math.log(p))
                    + (k == n ? 0 : (n - k) * Math.log1p(-p));
            Estimate e = new Proportion(k, n).estimate();
            coverage += e.lower() <= p && p <= e.upper() ? Math.exp(log) : 0;
        }
        return coverage;
    }

    private static double logFactorial(int n) {
        double sum = 0;
        for (int i = 2; i <= n; i++) {
            sum += Math.log(i);
        }
        return sum;
    }

    /** Promoters half, passives 30%, detractors 20%: NPS 30. */
    static double nps(int n, NetPromoterScore.Interval method) {
        Random random = new Random(SEED + n);
        int covered = 0;
        for (int r = 0; r < REPLICATIONS; r++) {
            int promoters = 0, detractors = 0;
            for (int i = 0; i < n; i++) {
                double u = random.nextDouble();
                promoters += u < 0.5 ? 1 : 0;
                detractors += u >= 0.8 ? 1 : 0;
            }
            Estimate e = new NetPromoterScore(promoters, n - promoters - detractors, detractors)
                    .estimate(method, Estimate.DEFAULT_CONFIDENCE);
            covered += e.lower() <= 30 && 30 <= e.upper() ? 1 : 0;
        }
        return covered / (double) REPLICATIONS;
    }

    /** 70% of contacts resolved, handling exponential with mean 300 s: 8.4 resolved cases per handling hour. */
    static double productivity(int n) {
        Random random = new Random(SEED + 7L * n);
        int covered = 0;
        for (int r = 0; r < REPLICATIONS; r++) {
            Productivity tally = Productivity.empty();
            for (int i = 0; i < n; i++) {
                tally = tally.add(Math.max(1, Math.round(-300_000 * Math.log1p(-random.nextDouble()))),
                        random.nextDouble() < 0.7);
            }
            Estimate e = tally.estimate();
            covered += e.lower() <= 8.4 && 8.4 <= e.upper() ? 1 : 0;
        }
        return covered / (double) REPLICATIONS;
    }

    @Test
    void nps_adjustedWald_coversFromFiveAnswers() {
        for (int n : new int[] {5, 10, 30, 100, 1000}) {
            double coverage = nps(n, NetPromoterScore.Interval.ADJUSTED_WALD);
            assertTrue(coverage >= 0.93, "n=" + n + ": " + coverage);
        }
    }

    @Test
    void nps_wald_coversOnlyFromAHundredAnswers() {
        assertTrue(nps(10, NetPromoterScore.Interval.WALD) < 0.92);
        for (int n : new int[] {100, 1000}) {
            double coverage = nps(n, NetPromoterScore.Interval.WALD);
            assertTrue(coverage >= 0.93, "n=" + n + ": " + coverage);
        }
    }

    @Test
    void wilson_awayFromTheBounds_coversAtEveryN() {
        for (int n : new int[] {30, 100, 1000}) {
            for (double p : new double[] {0.5, 0.8, 0.9}) {
                double coverage = wilson(n, p);
                assertTrue(coverage >= 0.93, "n=" + n + ", p=" + p + ": " + coverage);
            }
        }
    }

    @Test
    void wilson_nextToOne_theDocumentedDip() {
        // n = 30, p = 0.995: only 30 of 30 is covered (29 of 30 gives an upper bound of 0.994), P = 0.995^30
        assertEquals(Math.pow(0.995, 30), wilson(30, 0.995), 1e-12);
        assertEquals(0.860, wilson(30, 0.995), 0.0005);
        assertTrue(wilson(1000, 0.995) >= 0.95);
    }

    @Test
    void productivity_coversFromAHundredContacts() {
        for (int n : new int[] {100, 1000}) {
            double coverage = productivity(n);
            assertTrue(coverage >= 0.93, "n=" + n + ": " + coverage);
        }
        assertTrue(productivity(5) < 0.92, "the delta method under-covers small samples, as documented");
    }
}

package dev.rapport.metrics.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.metrics.Estimate;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IntervalsTest {

    @Test
    void wilson_eightOfTen_workedExample() {
        // p = 0.8, z = 1.95996, z² = 3.84146; centre = (0.8 + 0.192073) / 1.384146 = 0.716740;
        // half = 1.95996 / 1.384146 × sqrt(0.016 + 0.0096037) = 1.415998 × 0.160011 = 0.226575.
        Estimate e = Intervals.wilson(8, 10, 0.95);
        assertEquals(0.8, e.point(), 0);
        assertEquals(0.490163, e.lower(), 1e-6);
        assertEquals(0.943318, e.upper(), 1e-6);
        assertEquals("wilson", e.method());
    }

    @Test
    void wilson_noTrials_empty() {
        assertTrue(Intervals.wilson(0, 0, 0.95).isEmpty());
    }

    @Test
    void wilson_moreSuccessesThanTrials_rejectedWithBoth() {
        var e = assertThrows(IllegalArgumentException.class, () -> Intervals.wilson(3, 2, 0.95));
        assertEquals("successes must be between 0 and 2, was 3", e.getMessage());
    }

    @Test
    void tMean_workedExample() {
        // 2, 4, 6: mean 4, sd 2, n 3; half = t(0.975, 2) × 2 / sqrt(3) = 4.302653 × 1.154701 = 4.968275.
        Estimate e = Intervals.tMean(4, 2, 3, 0.95);
        assertEquals(-0.968275, e.lower(), 1e-6);
        assertEquals(8.968275, e.upper(), 1e-6);
    }

    @Test
    void net_adjustedWald_workedExample() {
        // 10, 9, 9, 7, 3, 6: 3 promoters, 1 passive, 2 detractors; NPS = 100 × (3 − 2) / 6 = 16.67.
        // Adjusted: p = 3.75 / 9 = 0.416667, d = 2.75 / 9 = 0.305556, centre = 11.11;
        // var = (0.722222 − 0.012346) / 9 = 0.078875, half = 100 × 1.959964 × 0.280847 = 55.045.
        Estimate e = Intervals.net(3, 1, 2, true, 0.95);
        assertEquals(16.666667, e.point(), 1e-6);
        assertEquals(-43.934, e.lower(), 1e-3);
        assertEquals(66.156, e.upper(), 1e-3);
        assertEquals("nps-adjusted-wald", e.method());
    }

    @Test
    void net_wald_matchesStyleGuideExample() {
        Estimate e = Intervals.net(3, 1, 2, false, 0.95);
        assertEquals(-55.15, e.lower(), 0.01);
        assertEquals(88.48, e.upper(), 0.01);
        assertEquals("nps-wald", e.method());
    }

    @Test
    void wilson_coverage_isAbout95Percent() {
        Random random = new Random(20261123L);
        double[] ps = {0.3, 0.5, 0.7};
        int[] ns = {200, 400}; // true coverage oscillates with n and p (discreteness); these are near 95%
        for (double p : ps) {
            for (int n : ns) {
                int covered = 0;
                for (int sample = 0; sample < 2000; sample++) {
                    int successes = 0;
                    for (int i = 0; i < n; i++) {
                        successes += random.nextDouble() < p ? 1 : 0;
                    }
                    Estimate e = Intervals.wilson(successes, n, 0.95);
                    covered += e.lower() <= p && p <= e.upper() ? 1 : 0;
                }
                double coverage = covered / 2000.0;
                assertTrue(coverage >= 0.93 && coverage <= 0.97, "p=" + p + " n=" + n + " coverage=" + coverage);
            }
        }
    }
}

package dev.rapport.metrics.internal.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ScorecardStatsTest {

    @Test
    void twoProportionZ_45of100vs30of100_z219p0285() {
        // pooled p = 0.375; se = sqrt(0.375 * 0.625 * (1/100 + 1/100)) = 0.068465; z = 0.15 / se = 2.1909
        double[] zp = ScorecardStats.twoProportionZ(0.30, 100, 0.45, 100);
        assertEquals(2.1909, zp[0], 1e-4);
        assertEquals(0.0285, zp[1], 1e-4);
    }

    @Test
    void welch_wikipediaExample1_t246df2499p0021() {
        // Welch's t-test, Wikipedia, example 1: means 20.82 and 22.99, sd 2.8049 and 1.9526, n 15 and 15
        double[] t = ScorecardStats.welch(20.82, 2.8048936827317665, 15, 22.986666666666665, 1.9526050974702152, 15);
        assertEquals(2.4554, t[0], 1e-4);
        assertEquals(24.9885, t[1], 1e-4);
        assertEquals(0.02138, t[2], 1e-5);
    }
}

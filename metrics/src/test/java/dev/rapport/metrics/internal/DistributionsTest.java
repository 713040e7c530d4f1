package dev.rapport.metrics.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class DistributionsTest {

    @Test
    void studentTQuantile_matchesPublishedTable() {
        // Two-sided 95% and one-sided 95% critical values, e.g. NIST/SEMATECH e-Handbook table 1.3.6.7.2.
        assertEquals(12.7062047, Distributions.studentTQuantile(0.975, 1), 1e-6);
        assertEquals(4.30265273, Distributions.studentTQuantile(0.975, 2), 1e-6);
        assertEquals(2.57058184, Distributions.studentTQuantile(0.975, 5), 1e-6);
        assertEquals(2.22813885, Distributions.studentTQuantile(0.975, 10), 1e-6);
        assertEquals(2.04227246, Distributions.studentTQuantile(0.975, 30), 1e-6);
        assertEquals(1.97993041, Distributions.studentTQuantile(0.975, 120), 1e-6);
        assertEquals(1.81246112, Distributions.studentTQuantile(0.95, 10), 1e-6);
        assertEquals(63.6567412, Distributions.studentTQuantile(0.995, 1), 1e-5);
        assertEquals(-2.22813885, Distributions.studentTQuantile(0.025, 10), 1e-6);
        assertEquals(2.228, Distributions.studentTQuantile(0.975, 10), 1e-3);
    }

    @Test
    void studentTCdf_tableValue_t2228df10Is975() {
        assertEquals(0.975, Distributions.studentTCdf(2.228, 10), 1e-4);
        assertEquals(0.5, Distributions.studentTCdf(0, 3), 1e-15);
        assertEquals(1, Distributions.studentTCdf(Double.POSITIVE_INFINITY, 3), 0);
    }

    @Test
    void normalQuantile_matchesPublishedTable() {
        assertEquals(1.95996398, Distributions.normalQuantile(0.975), 1e-8);
        assertEquals(1.64485363, Distributions.normalQuantile(0.95), 1e-8);
        assertEquals(2.5758293, Distributions.normalQuantile(0.995), 1e-7);
        assertEquals(0, Distributions.normalQuantile(0.5), 1e-12);
        assertEquals(1.959964, Distributions.normalQuantile(0.975), 1e-6);
        assertEquals(-2.326348, Distributions.normalQuantile(0.01), 1e-6);
    }

    @Test
    void normalCdf_tableValues() {
        assertEquals(0.5, Distributions.normalCdf(0), 1e-7);
        assertEquals(0.97725, Distributions.normalCdf(2), 1e-5);
        assertEquals(0.00135, Distributions.normalCdf(-3), 1e-5);
    }

    @Test
    void normalCdf_farTail_keepsRelativePrecision() {
        // Φ(−8) = 6.220960574271785e-16 (e.g. R: pnorm(-8)); a CDF computed as 0.5 − ½P would lose every digit.
        assertEquals(6.220960574271785e-16, Distributions.normalCdf(-8), 1e-25);
        assertEquals(0, Distributions.normalCdf(Double.NEGATIVE_INFINITY), 0);
    }

    @Test
    void logGamma_factorials() {
        assertEquals(Math.log(24), Distributions.logGamma(5), 1e-14);
        assertEquals(0.5 * Math.log(Math.PI), Distributions.logGamma(0.5), 1e-14);
    }

    @Test
    void regularizedBeta_symmetricAtOneHalf() {
        assertEquals(0.5, Distributions.regularizedBeta(0.5, 3, 3), 1e-14);
        assertEquals(0.25, Distributions.regularizedBeta(0.25, 1, 1), 1e-14);
    }

    @Test
    void normalQuantile_probabilityOutOfRange_rejectedWithTheValue() {
        var e = assertThrows(IllegalArgumentException.class, () -> Distributions.normalQuantile(1));
        assertEquals("probability must be between 0 and 1 exclusive, was 1.0", e.getMessage());
    }
}

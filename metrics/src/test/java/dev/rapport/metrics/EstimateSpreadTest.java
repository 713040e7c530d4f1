package dev.rapport.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.core.RapportJson;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** Every estimate exposes the spread behind its interval where its method has one. */
class EstimateSpreadTest {

    @Test
    void proportion_standardErrorOfTheShare() {
        Estimate csat = new Proportion(30, 40).estimate(); // p = 0.75, SE = sqrt(0.75 * 0.25 / 40) = 0.06847
        assertEquals(0.06846531968814576, csat.standardError().orElseThrow(), 1e-15);
        assertEquals(OptionalDouble.empty(), csat.standardDeviation());
    }

    @Test
    void mean_standardDeviationAndStandardError() {
        // 2, 4, 4, 4, 5, 5, 7, 9 (seconds): mean 5, sample sd sqrt(32 / 7) = 2.138, SE = sd / sqrt(8)
        Moments waits = Moments.empty();
        for (long s : new long[] {2, 4, 4, 4, 5, 5, 7, 9}) {
            waits = waits.add(s * 1000);
        }
        Estimate mean = waits.estimate(1000);
        assertEquals(5.0, mean.point());
        assertEquals(Math.sqrt(32.0 / 7), mean.standardDeviation().orElseThrow(), 1e-12);
        assertEquals(Math.sqrt(32.0 / 7) / Math.sqrt(8), mean.standardError().orElseThrow(), 1e-12);
    }

    @Test
    void mean_ofOneValue_noSpread() {
        Estimate one = Moments.empty().add(5000).estimate(1000);
        assertFalse(one.standardError().isPresent());
        assertFalse(one.standardDeviation().isPresent());
    }

    @Test
    void nps_multinomialStandardError() {
        // 10, 9, 9, 7, 3, 6: p = 1/2, d = 1/3; SE = 100 * sqrt((p + d - (p - d)^2) / 6) = 35.92
        Estimate nps = NetPromoterScore.of(10, 9, 9, 7, 3, 6).estimate();
        double p = 0.5;
        double d = 1.0 / 3;
        assertEquals(100 * Math.sqrt((p + d - (p - d) * (p - d)) / 6), nps.standardError().orElseThrow(), 1e-12);
    }

    @Test
    void percentile_noStandardError_saidSo() {
        Estimate p90 = Distribution.of(1000, 2000, 3000).estimate(90, 1000);
        assertFalse(p90.standardError().isPresent());
        assertFalse(RapportJson.write(p90).contains("standard_error"), RapportJson.write(p90)); // absent, not 0
    }

    @Test
    void empty_noSpread() {
        assertFalse(Proportion.empty().estimate().standardError().isPresent());
    }

    @Test
    void json_roundTripKeepsTheSpread() {
        Estimate csat = new Proportion(30, 40).estimate();
        String json = RapportJson.write(csat);
        assertTrue(json.contains("\"standard_error\" : 0.06846531968814576"), json);
        assertEquals(csat, RapportJson.read(json, Estimate.class));
    }

    @Test
    void withSpread_negative_rejectedWithTheValue() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> Estimate.of(1, 2, 0, 2, "t").withSpread(-0.5, Double.NaN));
        assertEquals("standard error must be finite and not negative, was -0.5", e.getMessage());
    }
}

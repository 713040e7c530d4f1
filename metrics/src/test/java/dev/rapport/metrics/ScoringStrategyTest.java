package dev.rapport.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rapport.core.Direction;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScoringStrategyTest {

    private static final double Z95 = 1.959963984540054;

    // fcr: higher is better, target 80, green from 75, amber from 60, weight 2; value 70 -> attainment 50, amber
    private static final Kpi FCR = Kpi.of("fcr", Direction.HIGHER_IS_BETTER, 80, 75, 60).withWeight(2)
            .withBaseline(66);
    // wait: lower is better, target 60, green from 90, amber from 180; value 90 -> attainment 75, green
    private static final Kpi WAIT = Kpi.of("wait", Direction.LOWER_IS_BETTER, 60, 90, 180);

    private static final List<KpiResult> RESULTS = List.of(
            KpiResult.of(FCR, Estimate.of(70, 100, 70 - 2 * Z95, 70 + 2 * Z95, "test")),      // se 2
            KpiResult.of(WAIT, Estimate.of(90, 100, 90 - 10 * Z95, 90 + 10 * Z95, "test")));  // se 10

    @Test
    void kpiResult_handExample_statusAndAttainment() {
        assertEquals(Status.AMBER, RESULTS.get(0).status());
        assertEquals(50.0, RESULTS.get(0).attainment(), 1e-12);
        assertEquals(Status.GREEN, RESULTS.get(1).status());
        assertEquals(75.0, RESULTS.get(1).attainment(), 1e-12);
    }

    @Test
    void weightedAverage_handExample_weightedMeanOfAttainment() {
        Scores scores = ScoringStrategy.weightedAverage().score(RESULTS);
        assertEquals(List.of(50.0, 75.0), scores.kpis());
        assertEquals((2 * 50 + 75) / 3.0, scores.overall(), 1e-12);   // 58.33
    }

    @Test
    void weakestLink_handExample_lowestAttainment() {
        assertEquals(50.0, ScoringStrategy.weakestLink().score(RESULTS).overall(), 1e-12);
    }

    @Test
    void geometricMean_handExample_weightedGeometricMean() {
        // (50^2 * 75)^(1/3) = 187500^(1/3) = 57.2357
        assertEquals(Math.cbrt(187_500), ScoringStrategy.geometricMean().score(RESULTS).overall(), 1e-9);
    }

    @Test
    void geometricMean_oneKpiAtZero_overallZero() {
        List<KpiResult> results = List.of(RESULTS.get(1), KpiResult.of(WAIT.withWeight(3),
                Estimate.of(200, 10, 190, 210, "test")));
        assertEquals(0.0, ScoringStrategy.geometricMean().score(results).overall());
    }

    @Test
    void zScore_handExample_normalCdfOfStandardisedChange() {
        Scores scores = ScoringStrategy.zScore().score(RESULTS);
        // fcr: (70 - baseline 66) / se 2 = z 2, Phi(2) = 0.97725 (normal table)
        assertEquals(97.725, scores.kpis().get(0), 1e-3);
        // wait has no baseline, so its target 60 is the reference: z = -(90 - 60) / 10 = -3, Phi(-3) = 0.00135
        assertEquals(0.135, scores.kpis().get(1), 1e-3);
        assertEquals((2 * 97.725 + 0.135) / 3, scores.overall(), 1e-3);
    }

    @Test
    void zScore_valueEqualsBaseline_scores50() {
        List<KpiResult> results = List.of(KpiResult.of(FCR, Estimate.of(66, 100, 60, 72, "test")));
        assertEquals(50.0, ScoringStrategy.zScore().score(results).overall());
    }

    @Test
    void score_kpiWithoutData_scoresZeroWithStatusNoData() {
        KpiResult empty = KpiResult.of(FCR, Estimate.empty("test"));
        assertEquals(Status.NO_DATA, empty.status());
        assertEquals(List.of(0.0), ScoringStrategy.weightedAverage().score(List.of(empty)).kpis());
        assertEquals(0.0, ScoringStrategy.zScore().score(List.of(empty)).overall());
    }

    @Test
    void eachKpi_lambdaStrategy_weightedAverageOfItsScores() {
        ScoringStrategy allOrNothing = results -> Scores.eachKpi(results, r -> r.targetMet() ? 100 : 0);
        List<KpiResult> results = List.of(RESULTS.get(0),
                KpiResult.of(WAIT, Estimate.of(55, 100, 50, 60, "test")));
        assertEquals((2 * 0 + 100) / 3.0, allOrNothing.score(results).overall(), 1e-12);
    }
}

package dev.rapport.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Laws every {@link ScoringStrategy} obeys; published in the metrics test-jar. Implement it in a test:
 * {@code class AllOrNothingTest implements ScoringStrategyContract}.
 */
public interface ScoringStrategyContract {

    /** The strategy under test. */
    ScoringStrategy strategy();

    @Test
    default void score_anyResults_everyScoreBetween0And100() {
        qt().withExamples(200).forAll(ScorecardGens.kpiResults(1, 12)).checkAssert(results -> {
            Scores scores = strategy().score(results);
            assertTrue(scores.overall() >= 0 && scores.overall() <= 100, () -> "overall score was " + scores);
            scores.kpis().forEach(s -> assertTrue(s >= 0 && s <= 100, () -> "KPI score was " + s));
        });
    }

    @Test
    default void score_anyResults_oneScorePerKpi() {
        qt().withExamples(200).forAll(ScorecardGens.kpiResults(1, 12))
                .checkAssert(results -> assertEquals(results.size(), strategy().score(results).kpis().size()));
    }

    @Test
    default void score_sameResultsTwice_sameScores() {
        qt().withExamples(200).forAll(ScorecardGens.kpiResults(1, 12))
                .checkAssert(results -> assertEquals(strategy().score(results), strategy().score(results)));
    }

    @Test
    default void score_kpisReordered_sameOverallAndSameScorePerKpi() {
        qt().withExamples(200).forAll(ScorecardGens.kpiResults(1, 12)).checkAssert(results -> {
            List<KpiResult> reversed = new ArrayList<>(results);
            Collections.reverse(reversed);
            Scores forward = strategy().score(results);
            Scores backward = strategy().score(reversed);
            assertEquals(forward.overall(), backward.overall(), 1e-9);
            for (int i = 0; i < results.size(); i++) {
                assertEquals(forward.kpis().get(i), backward.kpis().get(results.size() - 1 - i), 1e-9);
            }
        });
    }
}

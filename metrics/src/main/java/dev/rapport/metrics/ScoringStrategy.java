package dev.rapport.metrics;

import dev.rapport.metrics.internal.scoring.GeometricMean;
import dev.rapport.metrics.internal.scoring.WeakestLink;
import dev.rapport.metrics.internal.scoring.WeightedAverage;
import dev.rapport.metrics.internal.scoring.ZScore;
import java.util.List;

/**
 * Turns the results of a scorecard's KPIs into scores from 0 to 100, one per KPI and one overall.
 * <p>
 * Four come built in: {@link #weightedAverage()}, {@link #weakestLink()}, {@link #geometricMean()} and
 * {@link #zScore()}. The first three score each KPI by its target attainment ({@link Kpi#attainment}: 0 at the
 * amber threshold, 100 at the target, capped to [0, 100]). Your own can be a lambda:
 * <pre>{@code
 * ScoringStrategy allOrNothing = results -> Scores.eachKpi(results, r -> r.targetMet() ? 100 : 0);
 * }</pre>
 * To name a strategy in scorecard JSON, register it in a {@link ScoringStrategies} registry.
 * <p>
 * Implementations must be immutable, thread-safe and deterministic, and every score they return must lie in
 * [0, 100]; {@code ScoringStrategyContract} in the metrics test-jar checks this.
 */
@FunctionalInterface
public interface ScoringStrategy {

    /**
     * Scores one evaluation of a scorecard.
     *
     * @param results  the KPI results in scorecard order, not null, not empty
     * @return the per-KPI and overall scores, never null
     */
    Scores score(List<KpiResult> results);

    /** Overall = Σ wᵢ aᵢ / Σ wᵢ, the weighted average of target attainment aᵢ. Named {@code weighted-average}. */
    static ScoringStrategy weightedAverage() {
        return WeightedAverage.INSTANCE;
    }

    /** The worst KPI caps the score: overall = min aᵢ. Named {@code weakest-link}. */
    static ScoringStrategy weakestLink() {
        return WeakestLink.INSTANCE;
    }

    /**
     * Overall = exp(Σ wᵢ ln aᵢ / Σ wᵢ), the weighted geometric mean of attainment: one KPI at 0 makes the overall
     * 0, and a weak KPI costs more than under the average. Named {@code geometric-mean}.
     */
    static ScoringStrategy geometricMean() {
        return GeometricMean.INSTANCE;
    }

    /**
     * Scores each KPI 100 × Φ(z), z being the change from its baseline in standard errors (better is positive),
     * so 50 means "no change", about 97.5 "two standard errors better", about 2.5 "two worse". The standard error
     * is read from the estimate's interval: (upper − lower) / (2 Φ⁻¹((1 + confidence) / 2)). Without a baseline
     * the KPI's target is the reference. A KPI without data scores 0. Overall = the weighted average. Named
     * {@code z-score}.
     */
    static ScoringStrategy zScore() {
        return ZScore.INSTANCE;
    }
}

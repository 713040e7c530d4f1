package dev.rapport.metrics.internal.scoring;

import dev.rapport.metrics.Estimate;
import dev.rapport.metrics.Kpi;
import dev.rapport.metrics.KpiResult;
import dev.rapport.metrics.Scores;
import dev.rapport.metrics.ScoringStrategy;
import dev.rapport.metrics.internal.Distributions;
import java.util.List;

/**
 * Each KPI scores 100 × Φ(z), where z is the change from its reference in standard errors, signed so that
 * better is positive; the overall score is the weighted average. The reference is the KPI's baseline, or its
 * target when it has no baseline. The standard error is read from the estimate's interval:
 * (upper − lower) / (2 Φ⁻¹((1 + confidence) / 2)), or, where the interval is open on a side, taken from the
 * estimate's own standard error; without either the change is not measurable and the KPI scores 50. A KPI without
 * data scores 0; a zero-width interval gives z = ±∞ (score 100 or 0), or 50 when the value equals the reference.
 */
public enum ZScore implements ScoringStrategy {
    INSTANCE;

    @Override
    public Scores score(List<KpiResult> results) {
        return Scores.eachKpi(results, ZScore::scoreOf);
    }

    static double scoreOf(KpiResult result) {
        Estimate estimate = result.estimate();
        if (estimate.isEmpty()) {
            return 0;
        }
        Kpi kpi = result.kpi();
        double reference = kpi.baseline().orElse(kpi.target());
        double difference = kpi.direction().signed(estimate.point() - reference);
        if (difference == 0) {
            return 50;
        }
        double se = estimate.bounds() == Estimate.Bounds.BOTH
                ? (estimate.upper() - estimate.lower())
                        / (2 * Distributions.normalQuantile((1 + estimate.confidence()) / 2))
                : estimate.standardError().orElse(Double.POSITIVE_INFINITY);
        double z = se > 0 ? difference / se : Math.copySign(Double.POSITIVE_INFINITY, difference);
        return 100 * Distributions.normalCdf(z);
    }

    @Override
    public String toString() {
        return "z-score";
    }
}

package dev.rapport.metrics.internal.scoring;

import dev.rapport.metrics.KpiResult;
import dev.rapport.metrics.Scores;
import dev.rapport.metrics.ScoringStrategy;
import java.util.List;

/**
 * Each KPI scores its target attainment a; the overall score is the weighted geometric mean
 * exp(Σ wᵢ ln aᵢ / Σ wᵢ), which is 0 as soon as one KPI scores 0.
 */
public enum GeometricMean implements ScoringStrategy {
    INSTANCE;

    @Override
    public Scores score(List<KpiResult> results) {
        Scores each = Scores.eachKpi(results, KpiResult::attainment);
        double logSum = 0;
        double weights = 0;
        for (int i = 0; i < results.size(); i++) {
            double a = each.kpis().get(i);
            if (a == 0) {
                return new Scores(each.kpis(), 0);
            }
            logSum += results.get(i).weight() * Math.log(a);
            weights += results.get(i).weight();
        }
        return new Scores(each.kpis(), Math.max(0, Math.min(100, Math.exp(logSum / weights))));
    }

    @Override
    public String toString() {
        return "geometric-mean";
    }
}

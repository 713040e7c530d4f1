package dev.rapport.metrics.internal.scoring;

import dev.rapport.metrics.KpiResult;
import dev.rapport.metrics.Scores;
import dev.rapport.metrics.ScoringStrategy;
import java.util.List;

/** Each KPI scores its target attainment; the overall score is their weighted average. */
public enum WeightedAverage implements ScoringStrategy {
    INSTANCE;

    @Override
    public Scores score(List<KpiResult> results) {
        return Scores.eachKpi(results, KpiResult::attainment);
    }

    @Override
    public String toString() {
        return "weighted-average";
    }
}

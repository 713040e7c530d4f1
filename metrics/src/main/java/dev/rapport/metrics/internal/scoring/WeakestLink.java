package dev.rapport.metrics.internal.scoring;

import dev.rapport.metrics.KpiResult;
import dev.rapport.metrics.Scores;
import dev.rapport.metrics.ScoringStrategy;
import java.util.List;

/** Each KPI scores its target attainment; the overall score is the lowest of them. */
public enum WeakestLink implements ScoringStrategy {
    INSTANCE;

    @Override
    public Scores score(List<KpiResult> results) {
        Scores each = Scores.eachKpi(results, KpiResult::attainment);
        return new Scores(each.kpis(), each.kpis().stream().mapToDouble(Double::doubleValue).min().orElseThrow());
    }

    @Override
    public String toString() {
        return "weakest-link";
    }
}

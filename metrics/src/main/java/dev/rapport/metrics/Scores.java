package dev.rapport.metrics;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The scores of one scorecard evaluation, each from 0 to 100: one per KPI (in scorecard order) and one overall.
 * <pre>{@code
 * Scores s = Scores.eachKpi(results, r -> r.targetMet() ? 100 : 0);   // overall = weighted average
 * }</pre>
 * This type is immutable and thread-safe.
 *
 * @param kpis  the per-KPI scores, each finite and in [0, 100], not null
 * @param overall  the overall score, finite and in [0, 100]
 */
public record Scores(List<Double> kpis, double overall) {

    public Scores {
        kpis = ImmutableList.copyOf(checkNotNull(kpis, "kpis"));
        for (double score : kpis) {
            checkArgument(score >= 0 && score <= 100, "a KPI score must be between 0 and 100, was %s", score);
        }
        checkArgument(overall >= 0 && overall <= 100, "the overall score must be between 0 and 100, was %s",
                overall);
    }

    /**
     * Scores each KPI with a function and takes the weighted average as the overall score.
     *
     * @param results  the KPI results, not null, not empty
     * @param score  the score of one KPI result, in [0, 100], not null
     * @return the scores, never null
     */
    public static Scores eachKpi(List<KpiResult> results, ToDoubleFunction<KpiResult> score) {
        checkNotNull(results, "results");
        checkNotNull(score, "score");
        checkArgument(!results.isEmpty(), "there must be at least one KPI result");
        ImmutableList.Builder<Double> kpis = ImmutableList.builderWithExpectedSize(results.size());
        double weighted = 0;
        double weights = 0;
        for (KpiResult result : results) {
            double s = score.applyAsDouble(result);
            kpis.add(s);
            weighted += result.weight() * s;
            weights += result.weight();
        }
        return new Scores(kpis.build(), clamp(weighted / weights));
    }

    /** Caps rounding drift of a weighted average to [0, 100]. */
    static double clamp(double score) {
        return Math.max(0, Math.min(100, score));
    }
}

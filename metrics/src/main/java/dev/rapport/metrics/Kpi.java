package dev.rapport.metrics;

import dev.rapport.core.Direction;
import dev.rapport.core.InvalidModelException;
import dev.rapport.core.Violation;
import dev.rapport.metrics.internal.scoring.ScorecardRules;
import java.util.List;
import java.util.OptionalDouble;

/**
 * One key performance indicator on a scorecard: which metric to watch, which way is better, the target, the
 * red/amber/green thresholds, its weight in the overall score, optionally a baseline value, and the least
 * sample size whose estimate it trusts.
 * <p>
 * The status is green when the value is at or better than {@code greenFrom}, amber when it is at or better than
 * {@code amberFrom}, and red otherwise ("better" follows the direction). The target must be strictly better than
 * {@code amberFrom}: target attainment runs from 0 at {@code amberFrom} to 100 at the target.
 * <p>
 * An estimate from fewer than {@code minimumSample} observations is still scored, but is flagged
 * {@link Estimate#isSmallSample() small_sample} in the result and marked in its table. The default,
 * {@value #DEFAULT_MINIMUM_SAMPLE}, is the usual rule of thumb for when a normal-approximation interval
 * (Wald, t) starts to be trustworthy; set it from your own reporting policy.
 * <pre>{@code
 * Kpi fcr = Kpi.of("resolved-rate", Direction.HIGHER_IS_BETTER, 80, 75, 60).withWeight(2).withMinimumSample(100);
 * }</pre>
 * This type is immutable and thread-safe.
 *
 * @param metric  the name of the metric in a {@link MetricRegistry}, kebab-case
 * @param direction  whether higher or lower values are better, not null
 * @param target  the value aimed for, finite, strictly better than {@code amberFrom}
 * @param greenFrom  the value from which the KPI is green, finite, at least as good as {@code amberFrom}
 * @param amberFrom  the value from which the KPI is amber; worse is red, finite
 * @param weight  the KPI's weight in the overall score, finite and positive
 * @param baseline  a reference value (e.g. last year's), used by {@link ScoringStrategy#zScore()}, not null
 * @param minimumSample  the least sample size whose estimate is not flagged as a small sample, not negative
 */
public record Kpi(String metric, Direction direction, double target, double greenFrom, double amberFrom,
        double weight, OptionalDouble baseline, long minimumSample) {

    /** The weight of a KPI built by {@link #of}. */
    public static final double DEFAULT_WEIGHT = 1.0;
    /** The minimum sample of a KPI unless told otherwise (JSON {@code minimum_sample}). */
    public static final long DEFAULT_MINIMUM_SAMPLE = 30;

    /**
     * Checks every rule at once.
     *
     * @throws InvalidModelException naming every broken rule
     */
    public Kpi {
        baseline = baseline == null ? OptionalDouble.empty() : baseline;
        List<Violation> violations = ScorecardRules.kpiViolations("", metric, direction, target, greenFrom,
                amberFrom, weight, baseline, minimumSample);
        if (!violations.isEmpty()) {
            throw new InvalidModelException("KPI", violations);
        }
    }

    /**
     * A KPI with the {@link #DEFAULT_MINIMUM_SAMPLE default minimum sample}.
     *
     * @throws InvalidModelException naming every broken rule
     */
    public Kpi(String metric, Direction direction, double target, double greenFrom, double amberFrom, double weight,
            OptionalDouble baseline) {
        this(metric, direction, target, greenFrom, amberFrom, weight, baseline, DEFAULT_MINIMUM_SAMPLE);
    }

    /**
     * A KPI of weight 1 without a baseline.
     *
     * @throws InvalidModelException naming every broken rule
     */
    public static Kpi of(String metric, Direction direction, double target, double greenFrom, double amberFrom) {
        return new Kpi(metric, direction, target, greenFrom, amberFrom, DEFAULT_WEIGHT, OptionalDouble.empty());
    }

    /** Returns a copy with this weight. */
    public Kpi withWeight(double newWeight) {
        return new Kpi(metric, direction, target, greenFrom, amberFrom, newWeight, baseline, minimumSample);
    }

    /** Returns a copy with this baseline value. */
    public Kpi withBaseline(double newBaseline) {
        return new Kpi(metric, direction, target, greenFrom, amberFrom, weight, OptionalDouble.of(newBaseline),
                minimumSample);
    }

    /** Returns a copy that flags estimates from fewer than {@code newMinimumSample} observations as small. */
    public Kpi withMinimumSample(long newMinimumSample) {
        return new Kpi(metric, direction, target, greenFrom, amberFrom, weight, baseline, newMinimumSample);
    }

    /** The estimate, flagged {@link Estimate#isSmallSample() small_sample} if below this KPI's minimum sample. */
    public Estimate flag(Estimate estimate) {
        return estimate.withMinimumSample(minimumSample);
    }

    /**
     * The status of a value: green, amber or red.
     *
     * @param value  the KPI's value, finite
     * @return the status, never null
     */
    public Status statusOf(double value) {
        if (!direction.isBetter(greenFrom, value)) {
            return Status.GREEN;
        }
        return direction.isBetter(amberFrom, value) ? Status.RED : Status.AMBER;
    }

    /**
     * Target attainment from 0 to 100: {@code 100 × (value − amberFrom) / (target − amberFrom)}, capped to
     * [0, 100]. It is 0 at the red line and 100 at (or beyond) the target, in either direction.
     *
     * @param value  the KPI's value, finite
     * @return the attainment, in [0, 100]
     */
    public double attainment(double value) {
        double ratio = 100 * (value - amberFrom) / (target - amberFrom);
        return Math.max(0, Math.min(100, ratio));
    }

    /** Whether the value reaches the target (at or better). */
    public boolean isTargetMet(double value) {
        return !direction.isBetter(target, value);
    }
}

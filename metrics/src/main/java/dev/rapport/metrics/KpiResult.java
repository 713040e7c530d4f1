package dev.rapport.metrics;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * What one KPI measured in one evaluation of a scorecard: the KPI, its metric's estimate and its status.
 * <p>
 * A {@link ScoringStrategy} turns a list of these into scores. A KPI whose metric saw no data has status
 * {@link Status#NO_DATA} and attainment 0: missing data counts as failing, never as silently absent.
 * <pre>{@code
 * KpiResult r = KpiResult.of(kpi, Estimate.of(0.78, 120, 0.70, 0.85, "wilson"));   // r.attainment() = 90.0
 * }</pre>
 * This type is immutable and thread-safe.
 *
 * @param kpi  the KPI, not null
 * @param estimate  the metric's estimate, not null
 * @param status  the status of the estimate's value, {@link Status#NO_DATA} if it is empty, not null
 */
public record KpiResult(Kpi kpi, Estimate estimate, Status status) {

    public KpiResult {
        checkNotNull(kpi, "kpi");
        checkNotNull(estimate, "estimate");
        checkNotNull(status, "status");
        Status expected = estimate.isEmpty() ? Status.NO_DATA : kpi.statusOf(estimate.point());
        if (status != expected) {
            throw new IllegalArgumentException(
                    "status must be " + expected + " for estimate " + estimate + ", was " + status);
        }
    }

    /** The result of a KPI for an estimate, with the status worked out. */
    public static KpiResult of(Kpi kpi, Estimate estimate) {
        checkNotNull(kpi, "kpi");
        checkNotNull(estimate, "estimate");
        return new KpiResult(kpi, estimate, estimate.isEmpty() ? Status.NO_DATA : kpi.statusOf(estimate.point()));
    }

    /** Target attainment from 0 to 100 ({@link Kpi#attainment}); 0 without data. */
    public double attainment() {
        return estimate.isEmpty() ? 0 : kpi.attainment(estimate.point());
    }

    /** Whether there is a value and it reaches the target. */
    public boolean targetMet() {
        return !estimate.isEmpty() && kpi.isTargetMet(estimate.point());
    }

    /** The KPI's weight. */
    public double weight() {
        return kpi.weight();
    }
}

package dev.rapport.metrics;

import dev.rapport.metrics.internal.scoring.ChangeTests;

/**
 * Decides whether a KPI changed significantly between two periods, from the two periods' estimates.
 * <p>
 * Three come built in. {@link #twoProportions()} for rates, {@link #welch()} for means, {@link #npsDifference()}
 * for Net Promoter Scores; {@link #automatic()} picks one per KPI. Each reads what it needs from the
 * {@link Estimate}: value, sample size and the interval's half-width.
 * <p>
 * Implementations must be immutable, thread-safe and deterministic.
 */
@FunctionalInterface
public interface ChangeTest {

    /** The significance level used unless told otherwise. */
    double DEFAULT_ALPHA = 0.05;

    /**
     * Compares the KPI's estimates.
     *
     * @param kpi  the KPI (for its direction), not null
     * @param baseline  the baseline period's estimate, not empty
     * @param current  the current period's estimate, not empty
     * @param alpha  the significance level, in (0, 1)
     * @return the change, never null
     */
    Change compare(Kpi kpi, Estimate baseline, Estimate current, double alpha);

    /**
     * The two-proportion z-test with pooled variance, z = (p₂ − p₁) / √(p̂(1 − p̂)(1/n₁ + 1/n₂)); the difference's
     * interval is the unpooled Wald interval. The estimates' values must be proportions in [0, 1].
     */
    static ChangeTest twoProportions() {
        return ChangeTests.TWO_PROPORTIONS;
    }

    /**
     * Welch's t-test of the difference in means. Each standard deviation is recovered from its estimate's
     * interval, s = √n · (upper − lower) / (2q), with q the Student t quantile at n − 1 degrees of freedom (the
     * normal quantile when the estimate's method is {@code normal} or starts with {@code z}); degrees of freedom by
     * Welch–Satterthwaite. Needs at least 2 observations per period.
     */
    static ChangeTest welch() {
        return ChangeTests.WELCH;
    }

    /**
     * The NPS difference with its interval: each standard error is read from its (normal-based, e.g.
     * adjusted-Wald) interval, se = (upper − lower) / (2 Φ⁻¹((1 + confidence) / 2)); the difference ± the normal
     * quantile × √(se₁² + se₂²); z = difference / √(se₁² + se₂²).
     */
    static ChangeTest npsDifference() {
        return ChangeTests.NPS_DIFFERENCE;
    }

    /**
     * Picks per KPI: {@link #npsDifference()} if the metric's name or the estimate's method contains
     * {@code nps}; else {@link #twoProportions()} if the method contains {@code wilson}, {@code wald} or
     * {@code proportion}; else {@link #welch()}.
     */
    static ChangeTest automatic() {
        return ChangeTests.AUTOMATIC;
    }
}

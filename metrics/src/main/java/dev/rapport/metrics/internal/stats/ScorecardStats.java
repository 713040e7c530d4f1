package dev.rapport.metrics.internal.stats;

import static com.google.common.base.Preconditions.checkArgument;

import dev.rapport.metrics.internal.Distributions;

/**
 * The significance tests a scorecard comparison needs: the pooled two-proportion z-test ({@link #twoProportionZ})
 * and Welch's unequal-variances t-test ({@link #welch}). The distribution functions behind them are
 * {@link Distributions}, shared with the interval methods.
 */
public final class ScorecardStats {

    private ScorecardStats() {
    }

    /** The two-sided p-value of a standard normal statistic: 2 (1 − Φ(|z|)). */
    public static double twoSidedNormalP(double z) {
        return Double.isNaN(z) ? 1 : Math.min(1, 2 * Distributions.normalCdf(-Math.abs(z)));
    }

    /**
     * The two-proportion z-test with pooled variance: z = (p₂ − p₁) / √(p̂ (1 − p̂) (1/n₁ + 1/n₂)), p̂ the pooled
     * proportion. Returns {z, two-sided p}; z is 0 when the pooled proportion is 0 or 1 (no variation).
     */
    public static double[] twoProportionZ(double p1, long n1, double p2, long n2) {
        checkArgument(n1 > 0 && n2 > 0, "both samples must be non-empty, were %s and %s", n1, n2);
        double pooled = (p1 * n1 + p2 * n2) / (n1 + n2);
        double se = Math.sqrt(pooled * (1 - pooled) * (1.0 / n1 + 1.0 / n2));
        double z = se == 0 ? 0 : (p2 - p1) / se;
        return new double[] {z, twoSidedNormalP(z)};
    }

    /**
     * Welch's unequal-variances t-test of mean₂ − mean₁. Returns {t, Welch–Satterthwaite degrees of freedom,
     * two-sided p}. With both variances 0 it returns t = 0, p = 1 if the means are equal and t = ±∞, p = 0
     * otherwise.
     */
    public static double[] welch(double mean1, double sd1, long n1, double mean2, double sd2, long n2) {
        checkArgument(n1 > 1 && n2 > 1, "Welch's test needs at least 2 observations in each sample, had %s and %s",
                n1, n2);
        double v1 = sd1 * sd1 / n1;
        double v2 = sd2 * sd2 / n2;
        double difference = mean2 - mean1;
        if (v1 + v2 == 0) {
            return difference == 0 ? new double[] {0, n1 + n2 - 2, 1}
                    : new double[] {Math.copySign(Double.POSITIVE_INFINITY, difference), n1 + n2 - 2, 0};
        }
        double t = difference / Math.sqrt(v1 + v2);
        double df = (v1 + v2) * (v1 + v2) / (v1 * v1 / (n1 - 1) + v2 * v2 / (n2 - 1));
        return new double[] {t, df, Math.max(0, Math.min(1, 2 * Distributions.studentTCdf(-Math.abs(t), df)))};
    }
}

package dev.rapport.metrics.internal;

import static com.google.common.base.Preconditions.checkArgument;

import dev.rapport.metrics.Estimate;

/**
 * The interval math of every built-in metric, in one place: the Wilson score interval for proportions, the
 * Student t interval for means, and the multinomial (Wald or adjusted-Wald) interval for net scores such as NPS.
 * Quantiles of the normal and Student t distributions come from {@link Distributions}.
 */
public final class Intervals {

    /** Method name of the Wilson score interval. */
    public static final String WILSON = "wilson";
    /** Method name of the Student t interval. */
    public static final String T = "t";
    /** Method name of the adjusted-Wald multinomial interval for net scores (Rocks 2016). */
    public static final String NET_ADJUSTED_WALD = "nps-adjusted-wald";
    /** Method name of the plain Wald multinomial interval for net scores. */
    public static final String NET_WALD = "nps-wald";

    private static final double Z95 = Distributions.normalQuantile(0.975);

    private Intervals() {
    }

    /** The two-sided critical value of the standard normal distribution for a confidence level. */
    public static double z(double confidence) {
        checkConfidence(confidence);
        return confidence == Estimate.DEFAULT_CONFIDENCE ? Z95
                : Distributions.normalQuantile(0.5 + confidence / 2);
    }

    /**
     * The Wilson score interval for {@code successes} out of {@code trials}; the estimate's value is the share.
     * Wilson, E. B. (1927), "Probable inference, the law of succession, and statistical inference", JASA 22.
     */
    public static Estimate wilson(long successes, long trials, double confidence) {
        checkArgument(successes >= 0 && successes <= trials, "successes must be between 0 and %s, was %s", trials,
                successes);
        if (trials == 0) {
            return Estimate.empty(WILSON);
        }
        double z = z(confidence);
        double n = trials;
        double p = successes / n;
        double z2 = z * z;
        double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        double half = z / (1 + z2 / n) * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
        double lower = successes == 0 ? 0 : Math.min(p, Math.max(0, centre - half));
        double upper = successes == trials ? 1 : Math.max(p, Math.min(1, centre + half));
        return Estimate.of(p, trials, lower, upper, confidence, WILSON, false)
                .withSpread(Math.sqrt(p * (1 - p) / n), Double.NaN);
    }

    /**
     * The Student t interval for a mean of {@code n} observations with sample standard deviation {@code sd};
     * a single observation gives the degenerate interval [mean, mean].
     */
    public static Estimate tMean(double mean, double sd, long n, double confidence) {
        if (n == 0) {
            return Estimate.empty(T);
        }
        checkConfidence(confidence);
        double half = n < 2 ? 0 : Distributions.studentTQuantile(0.5 + confidence / 2, n - 1) * sd / Math.sqrt(n);
        return Estimate.of(mean, n, mean - half, mean + half, confidence, T, false)
                .withSpread(n < 2 ? Double.NaN : sd / Math.sqrt(n), n < 2 ? Double.NaN : sd);
    }

    /**
     * The interval for a net score 100 × (p − d), where p and d are the shares of the high and low categories,
     * from the multinomial variance (p + d − (p − d)²) / n. Adjusted-Wald (Rocks 2016, "Confidence intervals for
     * the Net Promoter Score", MeasuringU) first adds 3/4 to the high and the low counts and 3 to n; the point
     * value is always the unadjusted score. Bounds are clipped to [−100, 100].
     */
    public static Estimate net(long high, long middle, long low, boolean adjusted, double confidence) {
        long n = high + middle + low;
        String method = adjusted ? NET_ADJUSTED_WALD : NET_WALD;
        if (n == 0) {
            return Estimate.empty(method);
        }
        double score = 100.0 * (high - low) / n;
        double h = adjusted ? high + 0.75 : high;
        double l = adjusted ? low + 0.75 : low;
        double m = adjusted ? n + 3.0 : n;
        double p = h / m;
        double d = l / m;
        double centre = 100 * (p - d);
        double half = 100 * z(confidence) * Math.sqrt(Math.max(0, p + d - (p - d) * (p - d)) / m);
        double lower = Math.max(-100, Math.min(score, centre - half));
        double upper = Math.min(100, Math.max(score, centre + half));
        double ph = (double) high / n;
        double pl = (double) low / n;
        return Estimate.of(score, n, lower, upper, confidence, method, false)
                .withSpread(100 * Math.sqrt(Math.max(0, ph + pl - (ph - pl) * (ph - pl)) / n), Double.NaN);
    }

    private static void checkConfidence(double confidence) {
        checkArgument(confidence > 0 && confidence < 1, "confidence must be between 0 and 1, was %s", confidence);
    }
}

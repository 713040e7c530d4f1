package dev.rapport.metrics.internal;

import static com.google.common.base.Preconditions.checkArgument;

import dev.rapport.metrics.Estimate;

/**
 * The interval math of every built-in metric, in one place: the Wilson score interval for proportions, the
 * Student t interval for means (on the log scale for positive quantities, by the rule of three for constant
 * samples), the multinomial (Wald or adjusted-Wald) interval for net scores such as NPS, and the binomial ranks of
 * the order-statistic interval for percentiles. Every interval is kept within the scale of its value; a side the
 * data cannot bound is open (±∞). Quantiles of the normal and Student t distributions and the binomial CDF come
 * from {@link Distributions}.
 */
public final class Intervals {

    /** Method name of the Wilson score interval. */
    public static final String WILSON = "wilson";
    /** Method name of the Student t interval. */
    public static final String T = "t";
    /** Method name of the Student t interval on the log scale, for means of positive quantities. */
    public static final String LOG_T = "log-t";
    /** Method name of the interval for a mean of identical values (the exact rule of three). */
    public static final String RULE_OF_THREE = "rule-of-three";
    /** Up to this many observations the order-statistic ranks come from the exact binomial distribution. */
    public static final long EXACT_RANKS_LIMIT = 10_000_000;
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
     * The Student t interval for a mean of {@code n} observations with sample standard deviation {@code sd}, on a
     * scale without bounds: as {@link #mean} from −∞ to +∞, so one observation or identical ones give no interval.
     */
    public static Estimate tMean(double mean, double sd, long n, double confidence) {
        return mean(mean, sd, n, confidence, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
    }

    /**
     * The interval for a mean of {@code n} observations with sample standard deviation {@code sd}, each on the
     * scale from {@code min} to {@code max} (either may be infinite), kept within that scale:
     * <ul>
     * <li>a positive quantity (min ≥ 0, max = +∞: durations, money), varying: the t interval on the log scale
     * (method {@code log-t}), x̄ · exp(± t · (s / x̄) / √n), from the delta method Var(ln x̄) ≈ s² / (n x̄²)
     * (Casella and Berger 2002, <i>Statistical Inference</i>, 2nd ed., §5.5.4). It is never below 0 and, because
     * it reaches further above the mean than below, covers right-skewed data (waits) better than the symmetric t
     * interval, which for log-normal waits falls below 0 in most samples of two;</li>
     * <li>otherwise, varying: the Student t interval x̄ ± t · s / √n (method {@code t}), clipped to the scale (a
     * CSAT mean stays within 1 to 5);</li>
     * <li>identical values c (including a single one): the exact rule of three (Hanley and Lippman-Hand 1983,
     * "If nothing goes wrong, is everything all right?", JAMA 249): with confidence {@code confidence}, at most
     * r = 1 − (1 − confidence)^(1/n) of the population differs from c, so the mean lies in
     * [c − (c − min) · r, c + (max − c) · r] (method {@code rule-of-three}). On an unbounded side the bound is open:
     * one wait of 30 s gives "at least 1.5 s", and a mean on a scale without bounds gives no interval.</li>
     * </ul>
     * Fewer than two observations are flagged as a small sample.
     */
    public static Estimate mean(double mean, double sd, long n, double confidence, double min, double max) {
        if (n == 0) {
            return Estimate.empty(min >= 0 && max == Double.POSITIVE_INFINITY ? LOG_T : T);
        }
        checkConfidence(confidence);
        double lower;
        double upper;
        String method;
        if (n < 2 || sd == 0) {
            double r = -Math.expm1(Math.log1p(-confidence) / n);
            lower = mean == min ? min : min == Double.NEGATIVE_INFINITY ? min : mean - (mean - min) * r;
            upper = mean == max ? max : max == Double.POSITIVE_INFINITY ? max : mean + (max - mean) * r;
            method = RULE_OF_THREE;
        } else if (min >= 0 && max == Double.POSITIVE_INFINITY && mean > 0) {
            double w = Distributions.studentTQuantile(0.5 + confidence / 2, n - 1) * sd / mean / Math.sqrt(n);
            lower = mean * Math.exp(-w);
            upper = mean * Math.exp(w);
            method = LOG_T;
        } else {
            double half = Distributions.studentTQuantile(0.5 + confidence / 2, n - 1) * sd / Math.sqrt(n);
            lower = mean - half;
            upper = mean + half;
            method = T;
        }
        return Estimate.of(mean, n, Math.min(mean, Math.max(min, lower)), Math.max(mean, Math.min(max, upper)),
                confidence, method, n < 2).withSpread(n < 2 ? Double.NaN : sd / Math.sqrt(n), n < 2 ? Double.NaN : sd);
    }

    /**
     * The interval for a mean of {@code n} whole-number counts per case (transfers, escalations) with sample standard
     * deviation {@code sd}: the Student t interval clipped at 0 (method {@code t}) when they vary, else as
     * {@link #mean} on the scale from 0, open above (rule of three). Not the log scale of durations: counts are small
     * numbers with zeros among them, and on two cases with 0 and 2 transfers log-t reaches above 300,000 where t
     * stops at 13.7.
     */
    public static Estimate countMean(double mean, double sd, long n, double confidence) {
        if (n < 2 || sd == 0) {
            return n == 0 ? Estimate.empty(T) : mean(mean, sd, n, confidence, 0, Double.POSITIVE_INFINITY);
        }
        checkConfidence(confidence);
        double half = Distributions.studentTQuantile(0.5 + confidence / 2, n - 1) * sd / Math.sqrt(n);
        return Estimate.of(mean, n, Math.max(0, mean - half), mean + half, confidence, T, false)
                .withSpread(sd / Math.sqrt(n), sd);
    }

    /**
     * The ranks of the distribution-free order-statistic interval for the q-quantile of {@code n} values
     * (Hahn and Meeker 1991, <i>Statistical Intervals</i>, §5.2; Conover 1999, <i>Practical Nonparametric
     * Statistics</i>, 3rd ed., §3.2): with B ~ Binomial(n, q), the lower rank l is the largest with
     * P(B ≤ l − 1) ≤ α/2 and the upper rank u the smallest with P(B ≤ u − 1) ≥ 1 − α/2, so that
     * [x₍l₎, x₍u₎] covers the quantile with probability at least the confidence for any continuous distribution.
     * Up to {@value #EXACT_RANKS_LIMIT} values the binomial is exact, above that its normal approximation.
     *
     * @return {l, u}, where l = 0 means no order statistic bounds the quantile below (the interval is open
     *     below, or reaches the scale's minimum) and u = n + 1 that none bounds it above (open above)
     */
    public static long[] orderStatisticRanks(long n, double q, double confidence) {
        checkArgument(n > 0, "order-statistic ranks need at least one value, had %s", n);
        checkArgument(q >= 0 && q <= 1, "quantile must be between 0 and 1, was %s", q);
        checkConfidence(confidence);
        if (q == 0 || q == 1) {
            // the least or the greatest value of the population: no order statistic bounds it on the far side
            return q == 0 ? new long[] {0, 1} : new long[] {n, n + 1};
        }
        double tail = (1 - confidence) / 2;
        double spread = z(confidence) * Math.sqrt(n * q * (1 - q));
        long lower = clamp((long) Math.floor(n * q - spread), 0, n);
        long upper = clamp((long) Math.ceil(n * q + spread) + 1, 1, n + 1);
        if (n > EXACT_RANKS_LIMIT) {
            return new long[] {lower, upper};
        }
        while (lower < n && binomialCdf(lower, n, q) <= tail) {
            lower++;
        }
        while (lower > 0 && binomialCdf(lower - 1, n, q) > tail) {
            lower--;
        }
        while (upper > 1 && binomialCdf(upper - 2, n, q) >= 1 - tail) {
            upper--;
        }
        while (upper <= n && binomialCdf(upper - 1, n, q) < 1 - tail) {
            upper++;
        }
        return new long[] {lower, upper};
    }

    /** P(B ≤ k) for B ~ Binomial(n, q): the regularized incomplete beta function I₁₋q(n − k, k + 1). */
    static double binomialCdf(long k, long n, double q) {
        if (k < 0) {
            return 0;
        }
        if (k >= n) {
            return 1;
        }
        return Distributions.regularizedBeta(1 - q, n - k, k + 1.0);
    }

    private static long clamp(long value, long min, long max) {
        return Math.max(min, Math.min(max, value));
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

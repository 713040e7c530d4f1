package dev.rapport.metrics.internal;

import static com.google.common.base.Preconditions.checkArgument;

import dev.rapport.metrics.Estimate;

/**
 * The interval math of every built-in metric, in one place: the Wilson score interval for proportions, the
 * Student t interval for means, and the multinomial (Wald or adjusted-Wald) interval for net scores such as NPS.
 * Quantiles of the normal and Student t distributions are computed here from the regularized incomplete gamma
 * and beta functions (continued fractions, Numerical Recipes 6.2 and 6.4), solved by bisection to 1e-12.
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

    private static final double Z95 = normalQuantile(0.975);

    private Intervals() {
    }

    /** The two-sided critical value of the standard normal distribution for a confidence level. */
    public static double z(double confidence) {
        checkConfidence(confidence);
        return confidence == Estimate.DEFAULT_CONFIDENCE ? Z95 : normalQuantile(0.5 + confidence / 2);
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
        return Estimate.of(p, trials, lower, upper, confidence, WILSON, false);
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
        double half = n < 2 ? 0 : studentTQuantile(0.5 + confidence / 2, n - 1) * sd / Math.sqrt(n);
        return Estimate.of(mean, n, mean - half, mean + half, confidence, T, false);
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
        return Estimate.of(score, n, lower, upper, confidence, method, false);
    }

    private static void checkConfidence(double confidence) {
        checkArgument(confidence > 0 && confidence < 1, "confidence must be between 0 and 1, was %s", confidence);
    }

    //-----------------------------------------------------------------------
    /** The standard normal cumulative distribution function. */
    public static double normalCdf(double x) {
        double half = 0.5 * regularizedGammaP(0.5, x * x / 2);
        return x >= 0 ? 0.5 + half : 0.5 - half;
    }

    /** The p-quantile of the standard normal distribution, 0 &lt; p &lt; 1. */
    public static double normalQuantile(double p) {
        checkArgument(p > 0 && p < 1, "probability must be between 0 and 1, was %s", p);
        return bisect(-40, 40, p, Intervals::normalCdf);
    }

    /** The Student t cumulative distribution function with {@code df} degrees of freedom. */
    public static double studentTCdf(double t, double df) {
        double tail = 0.5 * regularizedBeta(df / (df + t * t), df / 2, 0.5);
        return t >= 0 ? 1 - tail : tail;
    }

    /** The p-quantile of the Student t distribution with {@code df} degrees of freedom, 0 &lt; p &lt; 1. */
    public static double studentTQuantile(double p, double df) {
        checkArgument(p > 0 && p < 1, "probability must be between 0 and 1, was %s", p);
        checkArgument(df > 0, "degrees of freedom must be positive, was %s", df);
        double bound = 1;
        while (studentTCdf(bound, df) < p && bound < 1e12) {
            bound *= 2;
        }
        while (studentTCdf(-bound, df) > p && bound < 1e12) {
            bound *= 2;
        }
        return bisect(-bound, bound, p, x -> studentTCdf(x, df));
    }

    private static double bisect(double lo, double hi, double p, java.util.function.DoubleUnaryOperator cdf) {
        for (int i = 0; i < 200 && hi - lo > 1e-13 * Math.max(1, Math.abs(lo)); i++) {
            double mid = (lo + hi) / 2;
            if (cdf.applyAsDouble(mid) < p) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return (lo + hi) / 2;
    }

    private static double logGamma(double x) {
        // Lanczos approximation, g = 7, n = 9 (accurate to about 1e-15).
        double[] c = {0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
            -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
            1.5056327351493116e-7};
        if (x < 0.5) {
            return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
        }
        x -= 1;
        double a = c[0];
        double t = x + 7.5;
        for (int i = 1; i < 9; i++) {
            a += c[i] / (x + i);
        }
        return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(a);
    }

    private static double regularizedGammaP(double a, double x) {
        if (x <= 0) {
            return 0;
        }
        if (x < a + 1) {
            double sum = 1 / a;
            double term = sum;
            for (int n = 1; n < 1000; n++) {
                term *= x / (a + n);
                sum += term;
                if (Math.abs(term) < Math.abs(sum) * 1e-17) {
                    break;
                }
            }
            return sum * Math.exp(-x + a * Math.log(x) - logGamma(a));
        }
        double b = x + 1 - a;
        double c = 1 / 1e-300;
        double d = 1 / b;
        double h = d;
        for (int i = 1; i < 1000; i++) {
            double an = -i * (i - a);
            b += 2;
            d = an * d + b;
            d = Math.abs(d) < 1e-300 ? 1e-300 : d;
            c = b + an / c;
            c = Math.abs(c) < 1e-300 ? 1e-300 : c;
            d = 1 / d;
            double del = d * c;
            h *= del;
            if (Math.abs(del - 1) < 1e-16) {
                break;
            }
        }
        return 1 - Math.exp(-x + a * Math.log(x) - logGamma(a)) * h;
    }

    private static double regularizedBeta(double x, double a, double b) {
        if (x <= 0) {
            return 0;
        }
        if (x >= 1) {
            return 1;
        }
        double front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log1p(-x));
        if (x < (a + 1) / (a + b + 2)) {
            return front * betaContinuedFraction(x, a, b) / a;
        }
        return 1 - front * betaContinuedFraction(1 - x, b, a) / b;
    }

    private static double betaContinuedFraction(double x, double a, double b) {
        double tiny = 1e-300;
        double qab = a + b;
        double qap = a + 1;
        double qam = a - 1;
        double c = 1;
        double d = 1 - qab * x / qap;
        d = Math.abs(d) < tiny ? tiny : d;
        d = 1 / d;
        double h = d;
        for (int m = 1; m < 10_000; m++) {
            int m2 = 2 * m;
            double aa = m * (b - m) * x / ((qam + m2) * (a + m2));
            d = 1 + aa * d;
            d = Math.abs(d) < tiny ? tiny : d;
            c = 1 + aa / c;
            c = Math.abs(c) < tiny ? tiny : c;
            d = 1 / d;
            h *= d * c;
            aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
            d = 1 + aa * d;
            d = Math.abs(d) < tiny ? tiny : d;
            c = 1 + aa / c;
            c = Math.abs(c) < tiny ? tiny : c;
            d = 1 / d;
            double del = d * c;
            h *= del;
            if (Math.abs(del - 1) < 1e-16) {
                break;
            }
        }
        return h;
    }
}

package dev.rapport.metrics.internal.stats;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * The normal distribution functions the scorecard needs: the cumulative distribution function and its inverse.
 * <p>
 * {@link #studentTCdf} uses the regularized incomplete beta function (continued fraction, Numerical Recipes §6.4)
 * with a Lanczos log-gamma (g = 7, 9 terms). The two tests a scorecard comparison needs are here too:
 * {@link #twoProportionZ} and {@link #welch}.
 * <p>
 * {@link #normalCdf} uses the complementary error function of W. J. Cody's rational Chebyshev approximation as
 * given in Numerical Recipes (3rd ed., §6.2, {@code erfc} with fractional error below 1.2e-7);
 * {@link #normalQuantile} is P. J. Acklam's algorithm (relative error below 1.15e-9).
 */
public final class ScorecardStats {

    private ScorecardStats() {
    }

    /** Φ(z), the standard normal CDF; 0 for −∞, 0.5 for 0, 1 for +∞; always within [0, 1]. */
    public static double normalCdf(double z) {
        checkArgument(!Double.isNaN(z), "z must not be NaN");
        if (z == 0) {
            return 0.5;
        }
        return Math.max(0, Math.min(1, 0.5 * erfc(-z / Math.sqrt(2))));
    }

    /** The complementary error function, fractional error below 1.2e-7 everywhere. */
    static double erfc(double x) {
        double z = Math.abs(x);
        double t = 1 / (1 + 0.5 * z);
        double ans = t * Math.exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418
                + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587
                + t * (-0.82215223 + t * 0.17087277)))))))));
        return x >= 0 ? ans : 2 - ans;
    }

    /** The standard normal quantile Φ⁻¹(p) for p in (0, 1). */
    public static double normalQuantile(double p) {
        checkArgument(p > 0 && p < 1, "probability must be between 0 and 1 exclusive, was %s", p);
        double[] a = {-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
            1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00};
        double[] b = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
            6.680131188771972e+01, -1.328068155288572e+01};
        double[] c = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
            -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00};
        double[] d = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00,
            3.754408661907416e+00};
        double low = 0.02425;
        if (p < low) {
            double q = Math.sqrt(-2 * Math.log(p));
            return (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
                    / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
        }
        if (p > 1 - low) {
            return -normalQuantile(1 - p);
        }
        double q = p - 0.5;
        double r = q * q;
        return (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q
                / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
    }

    /** The two-sided p-value of a standard normal statistic: 2 (1 − Φ(|z|)). */
    public static double twoSidedNormalP(double z) {
        return Double.isNaN(z) ? 1 : Math.min(1, 2 * normalCdf(-Math.abs(z)));
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
        return new double[] {t, df, Math.max(0, Math.min(1, 2 * studentTCdf(-Math.abs(t), df)))};
    }

    /** The CDF of Student's t with {@code df} (> 0, not necessarily whole) degrees of freedom. */
    public static double studentTCdf(double t, double df) {
        checkArgument(df > 0, "degrees of freedom must be positive, was %s", df);
        if (Double.isInfinite(t)) {
            return t > 0 ? 1 : 0;
        }
        double tail = 0.5 * regularizedBeta(df / (df + t * t), df / 2, 0.5);
        return t > 0 ? 1 - tail : tail;
    }

    /** The Student t quantile for p in (0, 1), by bisection on {@link #studentTCdf} (to 1e-12). */
    public static double studentTQuantile(double p, double df) {
        checkArgument(p > 0 && p < 1, "probability must be between 0 and 1 exclusive, was %s", p);
        double lo = -1e3;
        double hi = 1e3;
        for (int i = 0; i < 200 && hi - lo > 1e-12; i++) {
            double mid = (lo + hi) / 2;
            if (studentTCdf(mid, df) < p) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return (lo + hi) / 2;
    }

    /** The regularized incomplete beta function I_x(a, b). */
    static double regularizedBeta(double x, double a, double b) {
        if (x <= 0) {
            return 0;
        }
        if (x >= 1) {
            return 1;
        }
        double front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x));
        if (x < (a + 1) / (a + b + 2)) {
            return front * betaContinuedFraction(x, a, b) / a;
        }
        return 1 - front * betaContinuedFraction(1 - x, b, a) / b;
    }

    private static double betaContinuedFraction(double x, double a, double b) {
        double tiny = 1e-300;
        double c = 1;
        double d = 1 - (a + b) * x / (a + 1);
        d = 1 / (Math.abs(d) < tiny ? tiny : d);
        double h = d;
        for (int m = 1; m <= 10_000; m++) {
            int m2 = 2 * m;
            double aa = m * (b - m) * x / ((a + m2 - 1) * (a + m2));
            d = 1 + aa * d;
            d = 1 / (Math.abs(d) < tiny ? tiny : d);
            c = 1 + aa / c;
            c = Math.abs(c) < tiny ? tiny : c;
            h *= d * c;
            aa = -(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1));
            d = 1 + aa * d;
            d = 1 / (Math.abs(d) < tiny ? tiny : d);
            c = 1 + aa / c;
            c = Math.abs(c) < tiny ? tiny : c;
            double delta = d * c;
            h *= delta;
            if (Math.abs(delta - 1) < 1e-15) {
                break;
            }
        }
        return h;
    }

    /** ln Γ(x) for x > 0, Lanczos approximation (g = 7, n = 9), relative error about 1e-15. */
    static double logGamma(double x) {
        double[] coefficients = {0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
            -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
            1.5056327351493116e-7};
        if (x < 0.5) {
            return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
        }
        double z = x - 1;
        double sum = coefficients[0];
        for (int i = 1; i < 9; i++) {
            sum += coefficients[i] / (z + i);
        }
        double t = z + 7.5;
        return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(sum);
    }
}

package dev.rapport.metrics.internal;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.function.DoubleUnaryOperator;

/**
 * The one implementation of the distribution functions Rapport needs: the standard normal and Student t
 * cumulative distribution functions and their quantiles. Interval methods ({@link Intervals}) and the scorecard's
 * change tests and z-score strategy all use these.
 * <p>
 * The normal CDF is Φ(x) = ½ (1 ± P(½, x²/2)), with the regularized incomplete gamma function P computed by its
 * series or, in the tails, its complement Q by Lentz's continued fraction (Numerical Recipes, 3rd ed., §6.2), so
 * that tail probabilities keep their relative precision. The t CDF uses the regularized incomplete beta function
 * (continued fraction, Numerical Recipes §6.4). Both use a Lanczos log-gamma (g = 7, 9 terms, relative error
 * about 1e-15). Quantiles are solved by bisection on the CDF to a relative width of 1e-13.
 */
public final class Distributions {

    private static final double TINY = 1e-300;
    private static final double[] LANCZOS = {0.99999999999980993, 676.5203681218851, -1259.1392167224028,
        771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
        1.5056327351493116e-7};

    private Distributions() {
    }

    //-----------------------------------------------------------------------
    /** Φ(x), the standard normal CDF; 0 for −∞, 0.5 for 0, 1 for +∞; always within [0, 1]. */
    public static double normalCdf(double x) {
        checkArgument(!Double.isNaN(x), "x must not be NaN");
        if (Double.isInfinite(x)) {
            return x > 0 ? 1 : 0;
        }
        double y = x * x / 2;
        if (y < 1.5) {
            double half = 0.5 * gammaSeries(0.5, y);
            return x >= 0 ? 0.5 + half : 0.5 - half;
        }
        double tail = 0.5 * gammaContinuedFraction(0.5, y);
        return x >= 0 ? 1 - tail : tail;
    }

    /** The p-quantile Φ⁻¹(p) of the standard normal distribution, 0 &lt; p &lt; 1. */
    public static double normalQuantile(double p) {
        checkProbability(p);
        return bisect(-40, 40, p, Distributions::normalCdf);
    }

    /** The CDF of Student's t with {@code df} (positive, not necessarily whole) degrees of freedom. */
    public static double studentTCdf(double t, double df) {
        checkArgument(!Double.isNaN(t), "t must not be NaN");
        checkArgument(df > 0, "degrees of freedom must be positive, was %s", df);
        if (Double.isInfinite(t)) {
            return t > 0 ? 1 : 0;
        }
        double tail = 0.5 * regularizedBeta(df / (df + t * t), df / 2, 0.5);
        return t >= 0 ? 1 - tail : tail;
    }

    /** The p-quantile of Student's t with {@code df} degrees of freedom, 0 &lt; p &lt; 1. */
    public static double studentTQuantile(double p, double df) {
        checkProbability(p);
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

    private static void checkProbability(double p) {
        checkArgument(p > 0 && p < 1, "probability must be between 0 and 1 exclusive, was %s", p);
    }

    private static double bisect(double lo, double hi, double p, DoubleUnaryOperator cdf) {
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

    //-----------------------------------------------------------------------
    /** ln Γ(x), Lanczos approximation (g = 7, n = 9), with the reflection formula below 1/2. */
    static double logGamma(double x) {
        if (x < 0.5) {
            return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
        }
        double z = x - 1;
        double sum = LANCZOS[0];
        for (int i = 1; i < LANCZOS.length; i++) {
            sum += LANCZOS[i] / (z + i);
        }
        double t = z + 7.5;
        return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(sum);
    }

    /** The regularized lower incomplete gamma function P(a, x) by its series; converges fast for x &lt; a + 1. */
    static double gammaSeries(double a, double x) {
        if (x <= 0) {
            return 0;
        }
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

    /** The regularized upper incomplete gamma function Q(a, x) by Lentz's continued fraction, for x ≥ a + 1. */
    static double gammaContinuedFraction(double a, double x) {
        double b = x + 1 - a;
        double c = 1 / TINY;
        double d = 1 / b;
        double h = d;
        for (int i = 1; i < 1000; i++) {
            double an = -i * (i - a);
            b += 2;
            d = nonZero(an * d + b);
            c = nonZero(b + an / c);
            d = 1 / d;
            double delta = d * c;
            h *= delta;
            if (Math.abs(delta - 1) < 1e-16) {
                break;
            }
        }
        return Math.exp(-x + a * Math.log(x) - logGamma(a)) * h;
    }

    /** The regularized incomplete beta function I_x(a, b). */
    static double regularizedBeta(double x, double a, double b) {
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
        double c = 1;
        double d = 1 / nonZero(1 - (a + b) * x / (a + 1));
        double h = d;
        for (int m = 1; m <= 10_000; m++) {
            int m2 = 2 * m;
            double aa = m * (b - m) * x / ((a + m2 - 1) * (a + m2));
            d = 1 / nonZero(1 + aa * d);
            c = nonZero(1 + aa / c);
            h *= d * c;
            aa = -(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1));
            d = 1 / nonZero(1 + aa * d);
            c = nonZero(1 + aa / c);
            double delta = d * c;
            h *= delta;
            if (Math.abs(delta - 1) < 1e-16) {
                break;
            }
        }
        return h;
    }

    private static double nonZero(double x) {
        return Math.abs(x) < TINY ? TINY : x;
    }
}

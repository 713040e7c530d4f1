package dev.rapport.metrics.internal.scoring;

import static com.google.common.base.Preconditions.checkArgument;

import dev.rapport.metrics.Change;
import dev.rapport.metrics.ChangeTest;
import dev.rapport.metrics.Estimate;
import dev.rapport.metrics.Kpi;
import dev.rapport.metrics.internal.Distributions;
import dev.rapport.metrics.internal.stats.ScorecardStats;
import java.util.Locale;

/** The built-in change tests behind {@link ChangeTest}'s factories. */
public final class ChangeTests {

    /** Two-proportion z-test. */
    public static final ChangeTest TWO_PROPORTIONS = ChangeTests::twoProportions;
    /** Welch's t-test. */
    public static final ChangeTest WELCH = ChangeTests::welch;
    /** NPS difference with its interval. */
    public static final ChangeTest NPS_DIFFERENCE = ChangeTests::npsDifference;
    /** Picks one of the three by metric name and estimate method. */
    public static final ChangeTest AUTOMATIC = ChangeTests::automatic;

    private ChangeTests() {
    }

    private static Change automatic(Kpi kpi, Estimate baseline, Estimate current, double alpha) {
        String method = current.method().toLowerCase(Locale.ROOT);
        if (kpi.metric().contains("nps") || method.contains("nps")) {
            return npsDifference(kpi, baseline, current, alpha);
        }
        if (method.contains("wilson") || method.contains("wald") || method.contains("proportion")) {
            return twoProportions(kpi, baseline, current, alpha);
        }
        return welch(kpi, baseline, current, alpha);
    }

    private static Change twoProportions(Kpi kpi, Estimate baseline, Estimate current, double alpha) {
        check(baseline, current, alpha);
        double p1 = baseline.point();
        double p2 = current.point();
        checkArgument(p1 >= 0 && p1 <= 1 && p2 >= 0 && p2 <= 1,
                "the two-proportion test needs proportions between 0 and 1, were %s and %s", p1, p2);
        long n1 = baseline.sampleSize();
        long n2 = current.sampleSize();
        double[] zp = ScorecardStats.twoProportionZ(p1, n1, p2, n2);
        double half = Distributions.normalQuantile(1 - alpha / 2)
                * Math.sqrt(p1 * (1 - p1) / n1 + p2 * (1 - p2) / n2);
        return change(kpi, baseline, current, "two-proportion-z", half, zp[0], zp[1], alpha);
    }

    private static Change welch(Kpi kpi, Estimate baseline, Estimate current, double alpha) {
        check(baseline, current, alpha);
        double sd1 = standardDeviation(baseline);
        double sd2 = standardDeviation(current);
        if (!Double.isFinite(sd1) || !Double.isFinite(sd2)) {
            // an estimate without a two-sided interval or a standard deviation: no change can be measured
            return change(kpi, baseline, current, "welch-t", Double.POSITIVE_INFINITY, 0, 1, alpha);
        }
        double[] t = ScorecardStats.welch(baseline.point(), sd1, baseline.sampleSize(), current.point(), sd2,
                current.sampleSize());
        double se = Math.sqrt(sd1 * sd1 / baseline.sampleSize() + sd2 * sd2 / current.sampleSize());
        double half = Distributions.studentTQuantile(1 - alpha / 2, t[1]) * se;
        return change(kpi, baseline, current, "welch-t", half, t[0], t[2], alpha);
    }

    private static Change npsDifference(Kpi kpi, Estimate baseline, Estimate current, double alpha) {
        check(baseline, current, alpha);
        double se = Math.sqrt(square(normalStandardError(baseline)) + square(normalStandardError(current)));
        double difference = current.point() - baseline.point();
        double z = se == 0 ? (difference == 0 ? 0 : Math.copySign(Double.POSITIVE_INFINITY, difference))
                : difference / se;
        double half = Distributions.normalQuantile(1 - alpha / 2) * se;
        return change(kpi, baseline, current, "nps-difference", half, z, ScorecardStats.twoSidedNormalP(z), alpha);
    }

    private static Change change(Kpi kpi, Estimate baseline, Estimate current, String test, double half,
            double statistic, double p, double alpha) {
        double difference = current.point() - baseline.point();
        Change.Verdict verdict = !(p < alpha) || difference == 0 ? Change.Verdict.NO_SIGNIFICANT_CHANGE
                : kpi.direction().signed(difference) > 0 ? Change.Verdict.BETTER : Change.Verdict.WORSE;
        return new Change(kpi.metric(), baseline, current, test, difference, difference - half, difference + half,
                statistic, p, verdict);
    }

    private static void check(Estimate baseline, Estimate current, double alpha) {
        checkArgument(!baseline.isEmpty() && !current.isEmpty(), "a change test needs data in both periods");
        checkArgument(alpha > 0 && alpha < 1, "alpha must be between 0 and 1, was %s", alpha);
    }

    /**
     * The sample standard deviation the estimate carries if positive, else the one its two-sided interval implies
     * (identical values have a rule-of-three interval wider than their zero spread), else ∞.
     */
    private static double standardDeviation(Estimate e) {
        if (e.standardDeviation().orElse(0) > 0) {
            return e.standardDeviation().getAsDouble();
        }
        if (e.bounds() != Estimate.Bounds.BOTH) {
            return Double.POSITIVE_INFINITY;
        }
        String method = e.method().toLowerCase(Locale.ROOT);
        double level = 1 - (1 - e.confidence()) / 2;
        boolean normal = method.equals("normal") || method.startsWith("z") || e.sampleSize() < 2;
        double q = normal ? Distributions.normalQuantile(level)
                : Distributions.studentTQuantile(level, e.sampleSize() - 1);
        return Math.sqrt(e.sampleSize()) * (e.upper() - e.lower()) / (2 * q);
    }

    private static double normalStandardError(Estimate e) {
        return (e.upper() - e.lower()) / (2 * Distributions.normalQuantile(1 - (1 - e.confidence()) / 2));
    }

    private static double square(double x) {
        return x * x;
    }
}

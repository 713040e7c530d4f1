package dev.rapport.metrics;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Locale;

/**
 * How one KPI moved between a baseline period and the current one, and whether the move is statistically
 * significant: the difference (current − baseline) with its interval, the test used, its statistic and its
 * two-sided p-value.
 * <pre>{@code
 * comparison.change("resolved-rate").orElseThrow().verdict()   // BETTER
 * }</pre>
 * This type is immutable and thread-safe.
 *
 * @param metric  the KPI's metric, not null
 * @param baseline  the estimate in the baseline period, not empty
 * @param current  the estimate in the current period, not empty
 * @param test  the test's name: {@code two-proportion-z}, {@code welch-t}, {@code nps-difference} or your own
 * @param difference  current − baseline
 * @param lower  the lower bound of the difference's interval at 1 − alpha
 * @param upper  the upper bound of the difference's interval
 * @param statistic  the test statistic (z or t)
 * @param pValue  the two-sided p-value, in [0, 1]
 * @param verdict  better or worse (significant at alpha, in the KPI's direction), or no significant change
 */
public record Change(String metric, Estimate baseline, Estimate current, String test, double difference,
        double lower, double upper, double statistic, double pValue, Verdict verdict) {

    /** What a change means for the customer. */
    public enum Verdict {
        /** Significantly better in the KPI's direction. */
        BETTER,
        /** Significantly worse in the KPI's direction. */
        WORSE,
        /** Not significant at the chosen level. */
        NO_SIGNIFICANT_CHANGE
    }

    public Change {
        checkNotNull(metric, "metric");
        checkNotNull(baseline, "baseline");
        checkNotNull(current, "current");
        checkNotNull(test, "test");
        checkNotNull(verdict, "verdict");
        checkArgument(!baseline.isEmpty() && !current.isEmpty(), "a change needs data in both periods");
        checkArgument(pValue >= 0 && pValue <= 1, "p-value must be between 0 and 1, was %s", pValue);
    }

    /** Whether the change is significant (better or worse). */
    public boolean isSignificant() {
        return verdict != Verdict.NO_SIGNIFICANT_CHANGE;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s: %+.3g (%.3g to %.3g), %s %.3g, p=%.3g, %s", metric, difference, lower,
                upper, test, statistic, pValue, verdict.name().toLowerCase(Locale.ROOT).replace('_', ' '));
    }
}

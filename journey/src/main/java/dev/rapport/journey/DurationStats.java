package dev.rapport.journey;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.math.Quantiles;
import com.google.common.math.Stats;
import dev.rapport.journey.internal.Diagrams;
import java.util.Collection;
import java.util.Map;

/**
 * A distribution of durations in seconds: count, mean, median and 90th percentile (linear interpolation).
 *
 * @param count  how many durations, at least 1
 * @param meanSeconds  the mean
 * @param medianSeconds  the median
 * @param p90Seconds  the 90th percentile
 */
public record DurationStats(long count, double meanSeconds, double medianSeconds, double p90Seconds) {

    public DurationStats {
        checkArgument(count >= 1, "duration statistics need at least one duration, was %s", count);
    }

    /**
     * Summarizes durations in seconds.
     *
     * @throws IllegalArgumentException if there are none
     */
    public static DurationStats of(Collection<Double> seconds) {
        checkArgument(!seconds.isEmpty(), "duration statistics need at least one duration, was none");
        Map<Integer, Double> q = Quantiles.percentiles().indexes(50, 90).compute(seconds);
        return new DurationStats(seconds.size(), Stats.meanOf(seconds), q.get(50), q.get(90));
    }

    /** Returns e.g. {@code n=12 median 300s p90 900s mean 420s}. */
    @Override
    public String toString() {
        return "n=" + count + " median " + Diagrams.number(medianSeconds) + "s p90 " + Diagrams.number(p90Seconds)
                + "s mean " + Diagrams.number(meanSeconds) + "s";
    }
}

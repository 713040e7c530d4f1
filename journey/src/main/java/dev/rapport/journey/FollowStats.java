package dev.rapport.journey;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.rapport.journey.internal.Diagrams;

/**
 * How often customers went from one touchpoint straight to another, and how long that took (seconds from the
 * start of one interaction to the start of the next: median, quartiles and 90th percentile).
 *
 * @param transition  the pair of touchpoints, not null
 * @param count  how many times, at least 1
 * @param medianSeconds  the median time between
 * @param p25Seconds  the first quartile
 * @param p75Seconds  the third quartile
 * @param p90Seconds  the 90th percentile
 */
public record FollowStats(Transition transition, long count, double medianSeconds, double p25Seconds,
        double p75Seconds, double p90Seconds) {

    public FollowStats {
        checkNotNull(transition, "transition");
        checkArgument(count >= 1, "a directly-follows count must be at least 1, was %s", count);
    }

    /** Returns e.g. {@code faq -> chat  12×  median 300s (p90 900s)}. */
    @Override
    public String toString() {
        return transition + "  " + count + "x  median " + Diagrams.number(medianSeconds) + "s (p90 "
                + Diagrams.number(p90Seconds) + "s)";
    }
}

package dev.rapport.metrics;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.rapport.metrics.internal.Intervals;

/**
 * The tally behind a rate: how many of the counted things (contacts, cases, answers) were successes, e.g.
 * transferred contacts among all contacts, or top-two-box answers among CSAT answers. The estimate is the share
 * with its Wilson score interval.
 * <pre>{@code
 * new Proportion(8, 10).estimate()   // 0.8 (95% CI 0.5 to 0.9, n=10, wilson)
 * }</pre>
 * This type is immutable and thread-safe; it serializes to JSON as its two counts.
 *
 * @param successes  how many counted things had the property, between 0 and trials
 * @param trials  how many things were counted, not negative
 */
public record Proportion(long successes, long trials) {

    private static final Proportion EMPTY = new Proportion(0, 0);
    private static final Proportion HIT = new Proportion(1, 1);
    private static final Proportion MISS = new Proportion(0, 1);

    public Proportion {
        checkArgument(trials >= 0 && successes >= 0 && successes <= trials,
                "a proportion needs 0 <= successes <= trials, was %s of %s", successes, trials);
    }

    /** The tally of nothing counted: the identity of {@link #merge}. */
    public static Proportion empty() {
        return EMPTY;
    }

    /** The tally of one counted thing, a success or not. */
    public static Proportion of(boolean success) {
        return success ? HIT : MISS;
    }

    /** Returns this tally plus one counted thing. */
    public Proportion add(boolean success) {
        return new Proportion(success ? Math.addExact(successes, 1) : successes, Math.addExact(trials, 1));
    }

    /** Returns the tally of both; associative, commutative, {@link #empty()} is the identity. */
    public Proportion merge(Proportion other) {
        checkNotNull(other, "other");
        return new Proportion(Math.addExact(successes, other.successes), Math.addExact(trials, other.trials));
    }

    /** The share with its 95% Wilson interval; empty if nothing was counted. */
    public Estimate estimate() {
        return Intervals.wilson(successes, trials, Estimate.DEFAULT_CONFIDENCE);
    }

    @Override
    public String toString() {
        return successes + "/" + trials;
    }
}

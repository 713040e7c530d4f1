package dev.rapport.metrics;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.rapport.metrics.internal.StateRules;

import dev.rapport.core.PromiseOutcome;

/**
 * Service promises against their fulfilment ("do what you say, when you say, how you say, at the price you
 * promised, plus an extra"): how many were broken, kept, or kept with an extra ("WOW").
 * <pre>{@code
 * PromiseTally.of(outcomes).keptRate()   // share kept or WOW, Wilson interval
 * }</pre>
 * This type is immutable and thread-safe; it serializes to JSON as its three counts.
 *
 * @param broken  promises with a broken part, not negative
 * @param kept  promises kept in every part without an extra, not negative
 * @param wow  promises kept in every part plus an extra, not negative
 */
public record PromiseTally(long broken, long kept, long wow) {

    private static final PromiseTally EMPTY = new PromiseTally(0, 0, 0);

    public PromiseTally {
        checkArgument(broken >= 0 && kept >= 0 && wow >= 0, "promise counts must not be negative, were %s/%s/%s",
                broken, kept, wow);
        StateRules.counts("promise", broken, kept, wow);
    }

    /** The tally of no promises: the identity of {@link #merge}. */
    public static PromiseTally empty() {
        return EMPTY;
    }

    /** Tallies the given outcomes. */
    public static PromiseTally of(Iterable<PromiseOutcome> outcomes) {
        PromiseTally result = EMPTY;
        for (PromiseOutcome outcome : checkNotNull(outcomes, "outcomes")) {
            result = result.add(outcome);
        }
        return result;
    }

    /** Returns this tally plus one outcome. */
    public PromiseTally add(PromiseOutcome outcome) {
        switch (checkNotNull(outcome, "outcome").verdict()) {
            case BROKEN: return new PromiseTally(broken + 1, kept, wow);
            case KEPT: return new PromiseTally(broken, kept + 1, wow);
            case WOW: return new PromiseTally(broken, kept, wow + 1);
            default: throw new AssertionError(outcome.verdict());
        }
    }

    /** Returns the tally of both; associative, commutative, {@link #empty()} is the identity. */
    public PromiseTally merge(PromiseTally other) {
        checkNotNull(other, "other");
        return new PromiseTally(Math.addExact(broken, other.broken), Math.addExact(kept, other.kept),
                Math.addExact(wow, other.wow));
    }

    /** The number of promises. */
    public long promises() {
        return broken + kept + wow;
    }

    /** Promise-kept rate: the share kept in every part (with or without an extra), Wilson interval. */
    public Estimate keptRate() {
        return new Proportion(kept + wow, promises()).estimate();
    }

    /** WOW rate: the share kept in every part plus an extra, Wilson interval. */
    public Estimate wowRate() {
        return new Proportion(wow, promises()).estimate();
    }
}

package dev.rapport.core;

/**
 * Which way is better on a {@link Scale}: more (satisfaction, effort ease, likelihood to recommend) or less
 * (waiting time, price, number of contacts). In JSON: {@code "higher_is_better"}, {@code "lower_is_better"}.
 * <pre>{@code
 * Scale.DURATION_SECONDS.direction()   // LOWER_IS_BETTER
 * }</pre>
 */
public enum Direction {
    /** Larger values are better for the customer. */
    HIGHER_IS_BETTER,
    /** Smaller values are better for the customer. */
    LOWER_IS_BETTER;

    /**
     * Signs a difference so that a positive result always means better for the customer.
     *
     * @param difference  {@code a - b} in the scale's units
     * @return the difference, negated if lower is better; never negative zero
     */
    public double signed(double difference) {
        return (this == HIGHER_IS_BETTER ? difference : -difference) + 0.0;
    }

    /** Whether {@code a} is strictly better than {@code b} in this direction. */
    public boolean isBetter(double a, double b) {
        return signed(a - b) > 0;
    }
}

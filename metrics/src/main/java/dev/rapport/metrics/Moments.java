package dev.rapport.metrics;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.rapport.core.Scale;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.rapport.metrics.internal.Intervals;
import dev.rapport.metrics.internal.StateRules;
import java.math.BigInteger;

/**
 * The tally behind a mean of whole numbers (survey scores, or durations in milliseconds): the count, the sum and
 * the sum of squares, all kept exactly in integers (the sum of squares in 128 bits, as a high and a low word), so
 * that merging is exactly associative and commutative, which floating-point running means are not. The estimate
 * is the mean with its interval, kept within the values' {@link Scale} ({@link Intervals#mean}: Student t, on the
 * log scale for durations, the rule of three for identical values).
 * <pre>{@code
 * Moments.of(2, 4, 5).estimate(Scale.CSAT, 1)                          // 3.7 (95% CI 1.0 to 5.0, n=3, t)
 * Moments.of(12_000, 95_000, 30_000).estimate(Scale.DURATION_SECONDS, 1000)   // 45.7 (95% CI 4.2 to 491.0, n=3, log-t)
 * }</pre>
 * This type is immutable and thread-safe; it serializes to JSON as its four numbers.
 *
 * @param count  the number of values, not negative
 * @param sum  the sum of the values
 * @param sumOfSquaresHigh  the high 64 bits of the unsigned 128-bit sum of squares
 * @param sumOfSquaresLow  the low 64 bits of the unsigned 128-bit sum of squares
 */
public record Moments(long count, long sum, long sumOfSquaresHigh, long sumOfSquaresLow) {

    private static final Moments EMPTY = new Moments(0, 0, 0, 0);
    /** The largest magnitude of a value, so that its square fits in 63 bits. */
    public static final long MAX_VALUE = 3_037_000_499L;

    public Moments {
        checkArgument(count >= 0, "count must not be negative, was %s", count);
        checkArgument(sumOfSquaresHigh >= 0, "sum of squares must not be negative, high word was %s",
                sumOfSquaresHigh);
    }

    /**
     * A stored tally (JSON or {@link StateCodec}), checked to be some values' before anything is computed from it:
     * none without a count, a sum of squares at least sum²/count, and a sum and sum of squares that values of at
     * most {@link #MAX_VALUE} reach ({@link StateRules#moments}).
     *
     * @throws IllegalArgumentException if no values have these four numbers
     */
    @JsonCreator
    static Moments stored(@JsonProperty(value = "count", required = true) long count,
            @JsonProperty(value = "sum", required = true) long sum,
            @JsonProperty(value = "sum_of_squares_high", required = true) long sumOfSquaresHigh,
            @JsonProperty(value = "sum_of_squares_low", required = true) long sumOfSquaresLow) {
        Moments moments = new Moments(count, sum, sumOfSquaresHigh, sumOfSquaresLow);
        StateRules.moments(count, sum, moments.sumOfSquares(), MAX_VALUE);
        return moments;
    }

    /** The tally of no values: the identity of {@link #merge}. */
    public static Moments empty() {
        return EMPTY;
    }

    /** Tallies values in one pass. */
    public static Moments of(long... values) {
        Moments result = EMPTY;
        for (long value : values) {
            result = result.add(value);
        }
        return result;
    }

    /**
     * Returns this tally plus one value.
     *
     * @throws IllegalArgumentException if |value| exceeds {@link #MAX_VALUE}
     */
    public Moments add(long value) {
        checkArgument(Math.abs(value) <= MAX_VALUE, "value must be at most %s in magnitude, was %s", MAX_VALUE,
                value);
        long square = value * value;
        long low = sumOfSquaresLow + square;
        long high = sumOfSquaresHigh + (Long.compareUnsigned(low, square) < 0 ? 1 : 0);
        return new Moments(Math.addExact(count, 1), Math.addExact(sum, value), high, low);
    }

    /** Returns the tally of both; associative, commutative, {@link #empty()} is the identity. */
    public Moments merge(Moments other) {
        checkNotNull(other, "other");
        long low = sumOfSquaresLow + other.sumOfSquaresLow;
        long carry = Long.compareUnsigned(low, sumOfSquaresLow) < 0 ? 1 : 0;
        return new Moments(Math.addExact(count, other.count), Math.addExact(sum, other.sum),
                Math.addExact(Math.addExact(sumOfSquaresHigh, other.sumOfSquaresHigh), carry), low);
    }

    /** The mean, or NaN if empty (use {@link #estimate} for an honest empty result). */
    double mean() {
        return (double) sum / count;
    }

    /** The sample standard deviation (n − 1 in the denominator), computed exactly then rounded. */
    double standardDeviation() {
        if (count < 2) {
            return 0;
        }
        BigInteger squares = sumOfSquares();
        BigInteger n = BigInteger.valueOf(count);
        BigInteger s = BigInteger.valueOf(sum);
        // n * sum(x^2) - (sum x)^2 = n (n - 1) var
        BigInteger numerator = n.multiply(squares).subtract(s.multiply(s));
        double variance = numerator.doubleValue() / ((double) count * (count - 1));
        return Math.sqrt(Math.max(0, variance));
    }

    /** The exact sum of squares. */
    BigInteger sumOfSquares() {
        return BigInteger.valueOf(sumOfSquaresHigh).shiftLeft(64)
                .add(new BigInteger(Long.toUnsignedString(sumOfSquaresLow)));
    }

    /**
     * The mean divided by {@code unit} (e.g. 1000 to turn milliseconds into seconds), with its 95% interval on a
     * scale without bounds (Student t; no interval for one value or identical ones); empty if there are no values.
     * Prefer {@link #estimate(Scale, double)}, which keeps the interval on the values' scale.
     */
    public Estimate estimate(double unit) {
        return estimate(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, unit);
    }

    /**
     * The mean divided by {@code unit} (e.g. 1000 to turn milliseconds into seconds), with its 95% interval within
     * {@code scale} (in the divided unit: {@link Scale#DURATION_SECONDS} for milliseconds divided by 1000), by
     * {@link Intervals#mean}; empty if there are no values.
     */
    public Estimate estimate(Scale scale, double unit) {
        checkNotNull(scale, "scale");
        return estimate(scale.min(), scale.max(), unit);
    }

    private Estimate estimate(double min, double max, double unit) {
        checkArgument(unit > 0 && Double.isFinite(unit), "unit must be positive, was %s", unit);
        return Intervals.mean(count == 0 ? 0 : mean() / unit, standardDeviation() / unit, count,
                Estimate.DEFAULT_CONFIDENCE, min, max);
    }

    @Override
    public String toString() {
        return "Moments[n=" + count + " sum=" + sum + "]";
    }
}

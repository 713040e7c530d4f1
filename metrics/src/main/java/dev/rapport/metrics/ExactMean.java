package dev.rapport.metrics;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.rapport.core.Scale;
import dev.rapport.metrics.internal.Intervals;
import dev.rapport.metrics.internal.StateRules;
import java.math.BigDecimal;
import java.math.MathContext;

/**
 * The tally behind a mean of real numbers (gap scores, perceived scores), kept exactly: every double is a
 * finite binary fraction, so its {@link BigDecimal} sum and sum of squares are exact, and merging is exactly
 * associative and commutative. The estimate is the mean with its Student t interval, within a {@link Scale} if
 * given ({@link Intervals#mean}).
 * <pre>{@code
 * ExactMean.of(-1, 0.5, 2).estimate()              // 0.5 (95% CI -3.2 to 4.2, n=3, t)
 * ExactMean.of(4, 5, 5).estimate(Scale.RATING)     // 4.7 (95% CI 3.2 to 5.0, n=3, t)
 * }</pre>
 * This type is immutable and thread-safe; it serializes to JSON as its count, and its exact sum and sum of
 * squares as decimal strings (they can be longer than JSON readers accept as numbers).
 *
 * @param count  the number of values, not negative
 * @param sum  the exact sum, not null
 * @param sumOfSquares  the exact sum of squares, not null, not negative
 */
public record ExactMean(long count, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal sum,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal sumOfSquares) {

    private static final ExactMean EMPTY = new ExactMean(0, BigDecimal.ZERO, BigDecimal.ZERO);

    public ExactMean {
        checkArgument(count >= 0, "count must not be negative, was %s", count);
        // before any arithmetic, even stripping zeros: an exponent no sum of doubles has is refused
        sum = StateRules.decimal(checkNotNull(sum, "sum"), "sum").stripTrailingZeros();
        sumOfSquares = StateRules.decimal(checkNotNull(sumOfSquares, "sumOfSquares"), "sum of squares")
                .stripTrailingZeros();
        checkArgument(sumOfSquares.signum() >= 0, "sum of squares must not be negative, was %s", sumOfSquares);
    }

    /**
     * Reads a tally from JSON, parsing the decimal strings here: Jackson's number-length limit would refuse
     * the long exact sums. The strings are limited to {@value #MAX_DIGITS} characters, their exponents to what sums
     * of doubles reach ({@link StateRules#decimal}), and the three numbers must be some values' ({@link #stored}).
     */
    @JsonCreator
    static ExactMean fromJson(@JsonProperty(value = "count", required = true) long count,
            @JsonProperty(value = "sum", required = true) String sum,
            @JsonProperty(value = "sum_of_squares", required = true) String sumOfSquares) {
        return stored(count, parse(sum, "sum"), parse(sumOfSquares, "sum of squares"));
    }

    /**
     * A stored tally (JSON or {@link StateCodec}), checked to be some values' ({@link StateRules#moments}).
     *
     * @throws IllegalArgumentException if no values have this count, sum and sum of squares
     */
    static ExactMean stored(long count, BigDecimal sum, BigDecimal sumOfSquares) {
        ExactMean mean = new ExactMean(count, sum, sumOfSquares);
        StateRules.moments(mean.count, mean.sum, mean.sumOfSquares);
        return mean;
    }

    /** The longest decimal string of a stored sum accepted from JSON, in characters. */
    public static final int MAX_DIGITS = 4000;
    /**
     * The largest decimal exponent of a sum or sum of squares: the square of the largest double (1.8 × 10³⁰⁸)
     * times 2⁶³ values is below 10⁶⁴⁰. A larger one (a stored {@code "1e10000000"}) is refused before any
     * arithmetic, which would otherwise expand it into millions of digits.
     */
    public static final int MAX_DECIMAL_EXPONENT = StateRules.MAX_DECIMAL_EXPONENT;
    /** The most decimal places of a sum or sum of squares: the square of the least double, 2⁻¹⁰⁷⁴, has 2,148. */
    public static final int MAX_DECIMAL_SCALE = StateRules.MAX_DECIMAL_SCALE;

    private static BigDecimal parse(String text, String name) {
        checkNotNull(text, name);
        checkArgument(text.length() <= MAX_DIGITS, "%s must have at most %s characters, had %s", name, MAX_DIGITS,
                text.length());
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a decimal number, was '" + text + "'", e);
        }
    }

    /** The tally of no values: the identity of {@link #merge}. */
    public static ExactMean empty() {
        return EMPTY;
    }

    /** Tallies values in one pass. */
    public static ExactMean of(double... values) {
        ExactMean result = EMPTY;
        for (double value : values) {
            result = result.add(value);
        }
        return result;
    }

    /**
     * Returns this tally plus one value.
     *
     * @throws IllegalArgumentException if the value is not finite, quoting it
     */
    public ExactMean add(double value) {
        checkArgument(Double.isFinite(value), "value must be finite, was %s", value);
        BigDecimal v = new BigDecimal(value);
        return new ExactMean(Math.addExact(count, 1), sum.add(v), sumOfSquares.add(v.multiply(v)));
    }

    /** Returns the tally of both; associative, commutative, {@link #empty()} is the identity. */
    public ExactMean merge(ExactMean other) {
        checkNotNull(other, "other");
        return new ExactMean(Math.addExact(count, other.count), sum.add(other.sum),
                sumOfSquares.add(other.sumOfSquares));
    }

    /**
     * The mean with its 95% t interval on a scale without bounds; no interval for one value or identical ones;
     * empty if there are no values.
     */
    public Estimate estimate() {
        return estimate(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
    }

    /** The mean with its 95% interval within {@code scale} ({@link Intervals#mean}); empty if there are no values. */
    public Estimate estimate(Scale scale) {
        checkNotNull(scale, "scale");
        return estimate(scale.min(), scale.max());
    }

    private Estimate estimate(double min, double max) {
        if (count == 0) {
            return Intervals.mean(0, 0, 0, Estimate.DEFAULT_CONFIDENCE, min, max);
        }
        BigDecimal n = BigDecimal.valueOf(count);
        double mean = sum.divide(n, MathContext.DECIMAL64).doubleValue();
        double sd = 0;
        if (count > 1) {
            BigDecimal numerator = n.multiply(sumOfSquares).subtract(sum.multiply(sum));
            sd = Math.sqrt(Math.max(0, numerator.doubleValue() / ((double) count * (count - 1))));
        }
        return Intervals.mean(mean, sd, count, Estimate.DEFAULT_CONFIDENCE, min, max);
    }
}

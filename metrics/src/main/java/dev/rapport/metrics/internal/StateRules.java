package dev.rapport.metrics.internal;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;

/**
 * The rules a stored state must follow before anything is computed from it, one per kind of value: counts whose
 * total fits in a {@code long}, decimal sums whose exponent doubles can reach, and a count, sum and sum of squares
 * that some values can have. Every state type's constructor or reader calls these, for JSON and binary states
 * alike; they throw {@link IllegalArgumentException}, which the JSON reader reports with the state's JSON path.
 */
public final class StateRules {

    /** The largest decimal exponent a sum of squares of doubles reaches: (1.8e308)² × 2⁶³ is below 10⁶⁴⁰. */
    public static final int MAX_DECIMAL_EXPONENT = 640;
    /** The most decimal places a sum of squares of doubles has: the square of 2⁻¹⁰⁷⁴ has 2,148. */
    public static final int MAX_DECIMAL_SCALE = 2148;

    private StateRules() {
    }

    /**
     * Checks that counts add up without overflow.
     *
     * @param what  the state's name in the message, e.g. {@code NPS}
     * @throws IllegalArgumentException if their total exceeds {@code Long.MAX_VALUE}, quoting them
     */
    public static void counts(String what, long... counts) {
        long total = 0;
        for (long count : counts) {
            long sum = total + count;
            // overflow: both addends' signs differ from the sum's (negative counts are the caller's rule)
            checkArgument(((total ^ sum) & (count ^ sum)) >= 0, "%s counts must add up to at most %s, were %s", what,
                    Long.MAX_VALUE, slashed(counts));
            total = sum;
        }
    }

    private static String slashed(long[] counts) {
        StringBuilder text = new StringBuilder();
        for (long count : counts) {
            text.append(text.length() == 0 ? "" : "/").append(count);
        }
        return text.toString();
    }

    /**
     * Checks a decimal sum before arithmetic: its exponent is one a sum of doubles (or of their squares) can have,
     * so that {@code 1e999999999} is refused before a subtraction expands it into a billion digits.
     *
     * @throws IllegalArgumentException if not, quoting it
     */
    public static BigDecimal decimal(BigDecimal value, String name) {
        if (value.signum() != 0) {
            long exponent = (long) value.precision() - value.scale() - 1;
            checkArgument(value.scale() <= MAX_DECIMAL_SCALE && exponent <= MAX_DECIMAL_EXPONENT,
                    "%s must be a sum of doubles: a decimal exponent between -%s and %s, was %s", name,
                    MAX_DECIMAL_SCALE, MAX_DECIMAL_EXPONENT, value);
        }
        return value;
    }

    /**
     * Checks that some values have this count, sum and sum of squares: none without values, and the sum of
     * squares at least sum²/count (Cauchy–Schwarz).
     *
     * @throws IllegalArgumentException if not, quoting them
     */
    public static void moments(long count, BigDecimal sum, BigDecimal sumOfSquares) {
        checkArgument(count >= 0, "count must not be negative, was %s", count);
        if (count == 0) {
            checkArgument(sum.signum() == 0 && sumOfSquares.signum() == 0,
                    "a mean of no values has sum and sum of squares 0, had %s and %s", plain(sum),
                    plain(sumOfSquares));
            return;
        }
        BigDecimal n = BigDecimal.valueOf(count);
        checkArgument(sumOfSquares.multiply(n).compareTo(sum.multiply(sum)) >= 0,
                "a mean's sum of squares %s is below sum²/count = %s (count %s, sum %s): no values have these",
                plain(sumOfSquares), plain(sum.multiply(sum).divide(n, MathContext.DECIMAL64)), count, plain(sum));
    }

    /** {@link #moments(long, BigDecimal, BigDecimal)} for whole values of at most {@code maxValue} in magnitude. */
    public static void moments(long count, long sum, BigInteger sumOfSquares, long maxValue) {
        moments(count, BigDecimal.valueOf(sum), new BigDecimal(sumOfSquares));
        checkArgument(BigInteger.valueOf(sum).abs().compareTo(BigInteger.valueOf(count)
                .multiply(BigInteger.valueOf(maxValue))) <= 0,
                "a mean's values are at most %s in magnitude: %s of them cannot add up to %s", maxValue, count, sum);
        BigInteger max = BigInteger.valueOf(maxValue);
        checkArgument(sumOfSquares.compareTo(BigInteger.valueOf(count).multiply(max).multiply(max)) <= 0,
                "a mean's values are at most %s in magnitude: %s of them cannot have a sum of squares %s", maxValue,
                count, sumOfSquares);
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}

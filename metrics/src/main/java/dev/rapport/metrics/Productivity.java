package dev.rapport.metrics;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.rapport.metrics.internal.Intervals;
import java.math.BigInteger;

/**
 * The tally behind productivity: cases resolved per agent-hour of handling time. Over the contacts an agent
 * served (those with an agent id), it keeps the handling times in milliseconds ({@link Moments}: count, exact sum
 * and sum of squares), how many were resolved, and the handling time of the resolved ones.
 * <p>
 * Productivity is the ratio estimate R = resolved / handling hours (each contact a unit, y = 1 if resolved,
 * x = its handling time). Its 95% interval comes from the delta method (Taylor linearisation, Cochran 1977,
 * <i>Sampling Techniques</i>, §6.4): Var(R) ≈ Σ(yᵢ − R xᵢ)² / ((n − 1) n x̄²), with a normal quantile; the lower
 * bound is clipped at 0. The residual sum is computed exactly from the integer sums. One contact has no spread
 * to measure: its interval is open above, from 0 ({@link Estimate.Bounds#LOWER_ONLY}), and flagged as a small
 * sample; no contacts, or no handling time at all, give an empty estimate (the ratio is undefined).
 * <pre>{@code
 * Productivity p = Productivity.empty().add(1_800_000, true).add(1_800_000, false);   // 1 case in 1 hour
 * }</pre>
 * Tallies merge associatively and commutatively with {@link #empty()} as identity.
 * This type is immutable and thread-safe; it serializes to JSON as its parts.
 *
 * @param handling  the handling times of the contacts agents served, in milliseconds, not null
 * @param resolved  how many of them were resolved, between 0 and the count
 * @param resolvedHandleMillis  the summed handling time of the resolved ones, in milliseconds, not negative
 */
public record Productivity(Moments handling, long resolved, long resolvedHandleMillis) {

    /** The name of the interval method. */
    public static final String METHOD = "ratio-delta";
    private static final Productivity EMPTY = new Productivity(Moments.empty(), 0, 0);
    private static final double HOUR_MILLIS = 3_600_000;

    public Productivity {
        checkNotNull(handling, "handling");
        checkArgument(resolved >= 0 && resolved <= handling.count(),
                "resolved contacts must be between 0 and %s, was %s", handling.count(), resolved);
        checkArgument(resolvedHandleMillis >= 0, "resolved handling time must not be negative, was %s",
                resolvedHandleMillis);
    }

    /** The tally of no contacts: the identity of {@link #merge}. */
    public static Productivity empty() {
        return EMPTY;
    }

    /**
     * Returns this tally plus one contact an agent served.
     *
     * @param handleMillis  its handling time in milliseconds, not negative
     * @param wasResolved  whether it resolved the case
     */
    public Productivity add(long handleMillis, boolean wasResolved) {
        checkArgument(handleMillis >= 0, "handling time must not be negative, was %s ms", handleMillis);
        return new Productivity(handling.add(handleMillis), resolved + (wasResolved ? 1 : 0),
                Math.addExact(resolvedHandleMillis, wasResolved ? handleMillis : 0));
    }

    /** Returns the tally of both; associative, commutative, {@link #empty()} is the identity. */
    public Productivity merge(Productivity other) {
        checkNotNull(other, "other");
        return new Productivity(handling.merge(other.handling), Math.addExact(resolved, other.resolved),
                Math.addExact(resolvedHandleMillis, other.resolvedHandleMillis));
    }

    /** Resolved cases per agent-hour with its delta-method 95% interval; empty without handling time. */
    public Estimate estimate() {
        long n = handling.count();
        long x = handling.sum();
        if (n == 0 || x == 0) {
            return Estimate.empty(METHOD);
        }
        double ratio = resolved * HOUR_MILLIS / x;
        if (n < 2) {
            return Estimate.of(ratio, n, 0, Double.POSITIVE_INFINITY, Estimate.DEFAULT_CONFIDENCE, METHOD, true);
        }
        // Σ(y − R x)² × X² = Y X² − 2 Y X Sxy + Y² Sxx, with y² = y, exactly in integers.
        BigInteger bigX = BigInteger.valueOf(x);
        BigInteger bigY = BigInteger.valueOf(resolved);
        BigInteger crossTerm = BigInteger.TWO.multiply(bigY).multiply(bigX)
                .multiply(BigInteger.valueOf(resolvedHandleMillis));
        BigInteger residuals = bigY.multiply(bigX).multiply(bigX).subtract(crossTerm)
                .add(bigY.multiply(bigY).multiply(handling.sumOfSquares()));
        // Var(R) = Σ(y − R x)² / ((n − 1) n x̄²) = residuals / X² × n / ((n − 1) X²)
        double variance = residuals.doubleValue() * n / (n - 1) / ((double) x * x) / ((double) x * x);
        double standardError = Math.sqrt(Math.max(0, variance)) * HOUR_MILLIS;
        double half = Intervals.z(Estimate.DEFAULT_CONFIDENCE) * standardError;
        return Estimate.of(ratio, n, Math.max(0, ratio - half), ratio + half, Estimate.DEFAULT_CONFIDENCE, METHOD,
                false).withSpread(standardError, Double.NaN);
    }

    @Override
    public String toString() {
        return "Productivity[" + resolved + " resolved of " + handling.count() + " in " + handling.sum() + " ms]";
    }
}

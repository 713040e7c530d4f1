package dev.rapport.metrics;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A measured number told honestly: the point value, how many observations it rests on, a confidence interval
 * computed by a named method (Wilson for proportions, the multinomial variance for NPS, t or log-t for means, the
 * binomial order statistics for percentiles), and whether the sample is too small to trust. "No data" is an
 * explicit empty estimate, never NaN or zero.
 * <p>
 * The interval lies within the scale of the number (a duration is never below 0, a CSAT mean never above 5). Where
 * the data cannot bound it on one side, that bound is open: {@link #upper()} is {@code +∞} (or {@link #lower()}
 * {@code −∞}), JSON writes it as {@code null}, and {@link #bounds()} says which sides are bounded. A p99 from 30
 * waits, for example, has no order statistic above it, so its interval is "at least the 29th value"
 * ({@link Bounds#LOWER_ONLY}); a mean of one value on an unbounded scale has {@link Bounds#NONE no interval}.
 * An interval never has zero width unless the scale leaves no room.
 * <p>
 * The spread behind the interval is there to combine or check an estimate: {@link #standardError()} (of the point
 * value: √(p̂(1−p̂)/n) for a share, s/√n for a mean, the multinomial √((p+d−(p−d)²)/n) × 100 for a net score, the
 * delta method for a ratio) and, for means, {@link #standardDeviation()} (the sample's s). Either is absent where
 * the method has none (a percentile's order-statistic interval has no standard error) and for an empty estimate.
 * <pre>{@code
 * Estimate.of(16.7, 6, -55.2, 88.5, "nps-multinomial")   // 16.7 (95% CI -55.2 to 88.5, n=6, nps-multinomial)
 * Distribution.of(waits).estimate(99, 1000)              // 310.0 (95% CI 95.0 to ∞, n=30, order-statistic, small sample)
 * Metrics.csat().finish(state).standardError()           // OptionalDouble[0.045]
 * }</pre>
 * This type is immutable and thread-safe.
 */
@JsonPropertyOrder({"value", "sample_size", "lower", "upper", "bounds", "confidence", "method", "small_sample",
    "standard_error", "standard_deviation"})
public final class Estimate {

    /** The confidence level of every interval Rapport computes unless told otherwise. */
    public static final double DEFAULT_CONFIDENCE = 0.95;

    /** Which sides of an interval the data bound; JSON {@code bounds}. */
    public enum Bounds {
        /** A lower and an upper bound: {@code "both"}. */
        BOTH("both"),
        /** Open above: the upper bound is {@code +∞} (JSON {@code null}): {@code "lower-only"}. */
        LOWER_ONLY("lower-only"),
        /** Open below: the lower bound is {@code −∞} (JSON {@code null}): {@code "upper-only"}. */
        UPPER_ONLY("upper-only"),
        /** No interval could be computed, or there is no data: both bounds open: {@code "none"}. */
        NONE("none");

        private final String jsonName;

        Bounds(String jsonName) {
            this.jsonName = jsonName;
        }

        /** The name in JSON, e.g. {@code lower-only}. */
        public String jsonName() {
            return jsonName;
        }

        static Bounds of(double lower, double upper) {
            boolean low = lower != Double.NEGATIVE_INFINITY && !Double.isNaN(lower);
            boolean high = upper != Double.POSITIVE_INFINITY && !Double.isNaN(upper);
            return low ? (high ? BOTH : LOWER_ONLY) : high ? UPPER_ONLY : NONE;
        }
    }

    private final double value;
    private final long sampleSize;
    private final double lower;
    private final double upper;
    private final double confidence;
    private final String method;
    private final boolean smallSample;
    /** The part of {@link #smallSample} that comes from the method, kept by {@link #withMinimumSample}. */
    private final boolean smallByMethod;
    /** NaN where there is none. */
    private final double standardError;
    /** NaN where there is none. */
    private final double standardDeviation;

    private Estimate(double value, long sampleSize, double lower, double upper, double confidence, String method,
            boolean smallSample, boolean smallByMethod, double standardError, double standardDeviation) {
        this.smallByMethod = smallByMethod;
        this.standardError = standardError;
        this.standardDeviation = standardDeviation;
        this.value = value;
        this.sampleSize = sampleSize;
        this.lower = lower;
        this.upper = upper;
        this.confidence = confidence;
        this.method = method;
        this.smallSample = smallSample;
    }

    //-----------------------------------------------------------------------
    /**
     * Obtains an estimate with a 95% interval.
     *
     * @param value  the point value, finite
     * @param sampleSize  the number of observations, at least 1
     * @param lower  the lower bound, finite or {@code −∞} (open below), at most the value
     * @param upper  the upper bound, finite or {@code +∞} (open above), at least the value
     * @param method  the name of the interval method, e.g. "wilson", not blank
     * @return the estimate, never null
     * @throws IllegalArgumentException if the bounds do not contain the value, quoting all three
     */
    public static Estimate of(double value, long sampleSize, double lower, double upper, String method) {
        return of(value, sampleSize, lower, upper, DEFAULT_CONFIDENCE, method, false);
    }

    /**
     * Obtains an estimate with every part given.
     *
     * @param value  the point value, finite
     * @param sampleSize  the number of observations, at least 1
     * @param lower  the lower bound, finite or {@code −∞} (open below), at most the value
     * @param upper  the upper bound, finite or {@code +∞} (open above), at least the value
     * @param confidence  the confidence level of the interval, strictly between 0 and 1
     * @param method  the name of the interval method, not blank
     * @param smallSample  whether the method itself finds the sample too small (e.g. a percentile with few
     *     observations beyond it); {@link #withMinimumSample} keeps this flag
     * @return the estimate, never null
     * @throws IllegalArgumentException if a part is out of range, quoting it
     */
    public static Estimate of(double value, long sampleSize, double lower, double upper, double confidence,
            String method, boolean smallSample) {
        checkNotNull(method, "method");
        checkArgument(!method.isBlank(), "an estimate must name its interval method");
        if (sampleSize == 0) {
            return empty(method);
        }
        checkArgument(sampleSize > 0, "sample size must not be negative, was %s", sampleSize);
        checkArgument(Double.isFinite(value) && (Double.isFinite(lower) || lower == Double.NEGATIVE_INFINITY)
                && (Double.isFinite(upper) || upper == Double.POSITIVE_INFINITY),
                "estimate parts must be finite (a bound may be open), were %s [%s, %s]", value, lower, upper);
        checkArgument(lower <= value && value <= upper, "interval [%s, %s] must contain the value %s", lower, upper,
                value);
        checkArgument(confidence > 0 && confidence < 1, "confidence must be between 0 and 1, was %s", confidence);
        return new Estimate(value, sampleSize, lower, upper, confidence, method, smallSample, smallSample,
                Double.NaN, Double.NaN);
    }

    /**
     * Reads an estimate; a {@code null} bound of an estimate with a value is an open one, and {@code bounds}, if
     * given, must agree with the bounds.
     */
    @JsonCreator
    static Estimate fromJson(@JsonProperty("value") double value, @JsonProperty("sample_size") long sampleSize,
            @JsonProperty("lower") Double lower, @JsonProperty("upper") Double upper,
            @JsonProperty("bounds") String bounds,
            @JsonProperty("confidence") double confidence, @JsonProperty("method") String method,
            @JsonProperty("small_sample") boolean smallSample, @JsonProperty("standard_error") Double standardError,
            @JsonProperty("standard_deviation") Double standardDeviation) {
        Estimate estimate = of(value, sampleSize, lower == null ? Double.NEGATIVE_INFINITY : lower,
                upper == null ? Double.POSITIVE_INFINITY : upper, confidence, method, smallSample);
        checkArgument(bounds == null || bounds.equals(estimate.bounds().jsonName()),
                "an estimate's bounds must be '%s' for lower %s and upper %s, was '%s'", estimate.bounds().jsonName(),
                lower, upper, bounds);
        if (estimate.isEmpty()) {
            return estimate;
        }
        return estimate.withSpread(standardError == null ? Double.NaN : standardError,
                standardDeviation == null ? Double.NaN : standardDeviation);
    }

    /**
     * Returns a copy that carries the standard error of its value and, for a mean, the sample standard deviation.
     *
     * @param standardError  the standard error, finite and not negative, or NaN for none
     * @param standardDeviation  the sample standard deviation, finite and not negative, or NaN for none
     * @return the estimate with its spread; an empty estimate is returned unchanged
     * @throws IllegalArgumentException if a part is negative or infinite, quoting it
     */
    public Estimate withSpread(double standardError, double standardDeviation) {
        checkArgument(Double.isNaN(standardError) || Double.isFinite(standardError) && standardError >= 0,
                "standard error must be finite and not negative, was %s", standardError);
        checkArgument(Double.isNaN(standardDeviation) || Double.isFinite(standardDeviation) && standardDeviation >= 0,
                "standard deviation must be finite and not negative, was %s", standardDeviation);
        if (isEmpty()) {
            return this;
        }
        return new Estimate(value, sampleSize, lower, upper, confidence, method, smallSample, smallByMethod,
                standardError, standardDeviation);
    }

    /**
     * The estimate of no data: {@link #isEmpty()} is true and {@link #value()} is absent.
     *
     * @param method  the method that would have been used, not blank
     * @return the empty estimate, never null
     */
    public static Estimate empty(String method) {
        checkNotNull(method, "method");
        return new Estimate(Double.NaN, 0, Double.NaN, Double.NaN, DEFAULT_CONFIDENCE, method, true, true, Double.NaN,
                Double.NaN);
    }

    /**
     * Returns a copy flagged as a small sample if it rests on fewer than {@code minimum} observations, or if its
     * method flagged it (a percentile with fewer than {@link Distribution#MINIMUM_TAIL} observations expected on
     * either side of it stays flagged whatever the minimum).
     *
     * @param minimum  the least sample size to trust, not negative
     * @return the estimate, flagged or not, never null
     */
    public Estimate withMinimumSample(long minimum) {
        checkArgument(minimum >= 0, "minimum sample must not be negative, was %s", minimum);
        if (isEmpty()) {
            return this;
        }
        return new Estimate(value, sampleSize, lower, upper, confidence, method, smallByMethod || sampleSize < minimum,
                smallByMethod, standardError, standardDeviation);
    }

    //-----------------------------------------------------------------------
    /** Whether there was no data. */
    @JsonIgnore
    public boolean isEmpty() {
        return sampleSize == 0;
    }

    /** The point value, absent if there was no data. */
    @JsonIgnore
    public OptionalDouble value() {
        return isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(value);
    }

    /**
     * The point value.
     *
     * @throws IllegalStateException if the estimate is empty
     */
    @JsonIgnore
    public double point() {
        if (isEmpty()) {
            throw new IllegalStateException("an empty estimate (no data, " + method + ") has no value");
        }
        return value;
    }

    /** The number of observations, 0 if empty. */
    @JsonProperty("sample_size")
    public long sampleSize() {
        return sampleSize;
    }

    /**
     * The lower bound of the interval: {@code −∞} if open below (see {@link #bounds()}); NaN only if empty (check
     * {@link #isEmpty()} first).
     */
    @JsonIgnore
    public double lower() {
        return lower;
    }

    /**
     * The upper bound of the interval: {@code +∞} if open above (see {@link #bounds()}); NaN only if empty (check
     * {@link #isEmpty()} first).
     */
    @JsonIgnore
    public double upper() {
        return upper;
    }

    /** Which sides of the interval are bounded; {@link Bounds#NONE} if empty or no interval could be computed. */
    @JsonIgnore
    public Bounds bounds() {
        return Bounds.of(lower, upper);
    }

    @JsonProperty("bounds")
    private String jsonBounds() {
        return bounds().jsonName();
    }

    /** The confidence level of the interval, e.g. 0.95. */
    @JsonProperty("confidence")
    public double confidence() {
        return confidence;
    }

    /** The name of the interval method, e.g. {@code wilson}. */
    @JsonProperty("method")
    public String method() {
        return method;
    }

    /** Whether the sample is below the minimum the caller trusts; always true when empty. */
    @JsonProperty("small_sample")
    public boolean isSmallSample() {
        return smallSample;
    }

    /** The standard error of the value, absent if the method has none or the estimate is empty. */
    @JsonIgnore
    public OptionalDouble standardError() {
        return Double.isNaN(standardError) ? OptionalDouble.empty() : OptionalDouble.of(standardError);
    }

    /** The sample standard deviation behind a mean, absent for other estimates and when empty. */
    @JsonIgnore
    public OptionalDouble standardDeviation() {
        return Double.isNaN(standardDeviation) ? OptionalDouble.empty() : OptionalDouble.of(standardDeviation);
    }

    @JsonProperty("standard_error")
    private Double jsonStandardError() {
        return Double.isNaN(standardError) ? null : standardError;
    }

    @JsonProperty("standard_deviation")
    private Double jsonStandardDeviation() {
        return Double.isNaN(standardDeviation) ? null : standardDeviation;
    }

    @JsonProperty("value")
    private Double jsonValue() {
        return isEmpty() ? null : value;
    }

    @JsonProperty("lower")
    @JsonInclude(JsonInclude.Include.ALWAYS)
    private Double jsonLower() {
        return Double.isFinite(lower) ? lower : null;
    }

    @JsonProperty("upper")
    @JsonInclude(JsonInclude.Include.ALWAYS)
    private Double jsonUpper() {
        return Double.isFinite(upper) ? upper : null;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Estimate other && sampleSize == other.sampleSize
                && Double.compare(value, other.value) == 0 && Double.compare(lower, other.lower) == 0
                && Double.compare(upper, other.upper) == 0 && Double.compare(confidence, other.confidence) == 0
                && method.equals(other.method) && smallSample == other.smallSample
                && smallByMethod == other.smallByMethod
                && Double.compare(standardError, other.standardError) == 0
                && Double.compare(standardDeviation, other.standardDeviation) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(value, sampleSize, lower, upper, confidence, method, smallSample, smallByMethod,
                standardError, standardDeviation);
    }

    /**
     * Returns e.g. {@code 16.7 (95% CI -55.2 to 88.5, n=6, nps-multinomial)}, {@code 310.0 (95% CI 95.0 to ∞, n=30,
     * order-statistic, small sample)} when open above, {@code 4.0 (no interval, n=1, t, small sample)}, or
     * {@code no data (wilson)}.
     */
    @Override
    public String toString() {
        if (isEmpty()) {
            return "no data (" + method + ")";
        }
        String interval = bounds() == Bounds.NONE ? "no interval"
                : formatConfidence() + "% CI " + formatBound(lower) + " to " + formatBound(upper);
        return String.format(Locale.ROOT, "%.1f (%s, n=%d, %s%s)", value, interval, sampleSize, method,
                smallSample ? ", small sample" : "");
    }

    private static String formatBound(double bound) {
        return Double.isInfinite(bound) ? (bound > 0 ? "∞" : "-∞") : String.format(Locale.ROOT, "%.1f", bound);
    }

    private String formatConfidence() {
        double percent = confidence * 100;
        return percent == Math.rint(percent) ? Long.toString((long) percent) : Double.toString(percent);
    }
}

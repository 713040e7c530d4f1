package dev.rapport.metrics;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A measured number told honestly: the point value, how many observations it rests on, a confidence interval
 * computed by a named method (Wilson for proportions, the multinomial variance for NPS, t for means), and
 * whether the sample is too small to trust. "No data" is an explicit empty estimate, never NaN or zero.
 * <pre>{@code
 * Estimate.of(16.7, 6, -55.2, 88.5, "nps-multinomial")   // 16.7 (95% CI -55.2 to 88.5, n=6, nps-multinomial)
 * }</pre>
 * This type is immutable and thread-safe.
 */
public final class Estimate {

    /** The confidence level of every interval Rapport computes unless told otherwise. */
    public static final double DEFAULT_CONFIDENCE = 0.95;

    private final double value;
    private final long sampleSize;
    private final double lower;
    private final double upper;
    private final double confidence;
    private final String method;
    private final boolean smallSample;

    private Estimate(double value, long sampleSize, double lower, double upper, double confidence, String method,
            boolean smallSample) {
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
     * @param lower  the lower bound, finite, at most the value
     * @param upper  the upper bound, finite, at least the value
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
     * @param lower  the lower bound, finite, at most the value
     * @param upper  the upper bound, finite, at least the value
     * @param confidence  the confidence level of the interval, strictly between 0 and 1
     * @param method  the name of the interval method, not blank
     * @param smallSample  whether the sample is below the minimum the caller trusts
     * @return the estimate, never null
     * @throws IllegalArgumentException if a part is out of range, quoting it
     */
    @JsonCreator
    public static Estimate of(@JsonProperty("value") double value, @JsonProperty("sample_size") long sampleSize,
            @JsonProperty("lower") double lower, @JsonProperty("upper") double upper,
            @JsonProperty("confidence") double confidence, @JsonProperty("method") String method,
            @JsonProperty("small_sample") boolean smallSample) {
        checkNotNull(method, "method");
        checkArgument(!method.isBlank(), "an estimate must name its interval method");
        if (sampleSize == 0) {
            return empty(method);
        }
        checkArgument(sampleSize > 0, "sample size must not be negative, was %s", sampleSize);
        checkArgument(Double.isFinite(value) && Double.isFinite(lower) && Double.isFinite(upper),
                "estimate parts must be finite, were %s [%s, %s]", value, lower, upper);
        checkArgument(lower <= value && value <= upper, "interval [%s, %s] must contain the value %s", lower, upper,
                value);
        checkArgument(confidence > 0 && confidence < 1, "confidence must be between 0 and 1, was %s", confidence);
        return new Estimate(value, sampleSize, lower, upper, confidence, method, smallSample);
    }

    /**
     * The estimate of no data: {@link #isEmpty()} is true and {@link #value()} is absent.
     *
     * @param method  the method that would have been used, not blank
     * @return the empty estimate, never null
     */
    public static Estimate empty(String method) {
        checkNotNull(method, "method");
        return new Estimate(Double.NaN, 0, Double.NaN, Double.NaN, DEFAULT_CONFIDENCE, method, true);
    }

    /**
     * Returns a copy flagged as a small sample if it rests on fewer than {@code minimum} observations.
     *
     * @param minimum  the least sample size to trust, not negative
     * @return the estimate, flagged or not, never null
     */
    public Estimate withMinimumSample(long minimum) {
        checkArgument(minimum >= 0, "minimum sample must not be negative, was %s", minimum);
        if (isEmpty()) {
            return this;
        }
        return new Estimate(value, sampleSize, lower, upper, confidence, method, sampleSize < minimum);
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

    /** The lower bound of the interval; NaN only if empty (check {@link #isEmpty()} first). */
    @JsonIgnore
    public double lower() {
        return lower;
    }

    /** The upper bound of the interval; NaN only if empty (check {@link #isEmpty()} first). */
    @JsonIgnore
    public double upper() {
        return upper;
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

    @JsonProperty("value")
    private Double jsonValue() {
        return isEmpty() ? null : value;
    }

    @JsonProperty("lower")
    private Double jsonLower() {
        return isEmpty() ? null : lower;
    }

    @JsonProperty("upper")
    private Double jsonUpper() {
        return isEmpty() ? null : upper;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Estimate other && sampleSize == other.sampleSize
                && Double.compare(value, other.value) == 0 && Double.compare(lower, other.lower) == 0
                && Double.compare(upper, other.upper) == 0 && Double.compare(confidence, other.confidence) == 0
                && method.equals(other.method) && smallSample == other.smallSample;
    }

    @Override
    public int hashCode() {
        return Objects.hash(value, sampleSize, lower, upper, confidence, method, smallSample);
    }

    /** Returns e.g. {@code 16.7 (95% CI -55.2 to 88.5, n=6, nps-multinomial)}, or {@code no data (wilson)}. */
    @Override
    public String toString() {
        if (isEmpty()) {
            return "no data (" + method + ")";
        }
        return String.format(Locale.ROOT, "%.1f (%s%% CI %.1f to %.1f, n=%d, %s%s)", value,
                formatConfidence(), lower, upper, sampleSize, method, smallSample ? ", small sample" : "");
    }

    private String formatConfidence() {
        double percent = confidence * 100;
        return percent == Math.rint(percent) ? Long.toString((long) percent) : Double.toString(percent);
    }
}

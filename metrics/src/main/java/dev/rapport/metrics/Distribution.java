package dev.rapport.metrics;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.rapport.metrics.internal.Intervals;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import java.util.zip.DataFormatException;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramIterationValue;

/**
 * The distribution of a duration (wait, handling, first response, time to resolution) in whole milliseconds,
 * from which percentiles are read.
 * <p>
 * Up to {@link #EXACT_LIMIT} values are kept exactly (sorted); beyond that, the values move into an
 * HdrHistogram with 3 significant digits, so a percentile read from it is within 0.1% (relative) of the exact
 * one. Which form a state has depends only on how many values it holds, so merging stays associative and
 * commutative with {@link #empty()} as identity, whatever the order.
 * <p>
 * Percentile definition (nearest rank): the p-th percentile of n values is the value at rank ⌈p·n/100⌉ in
 * ascending order (rank 1 if that is 0); the same as DuckDB's {@code quantile_disc} with the nearest-rank rule
 * and SQL's {@code percentile_disc}. In histogram form, the value is the highest value equivalent to the bucket
 * holding that rank. The interval is the distribution-free order-statistic interval: the values at ranks
 * n·q ∓ z·√(n·q·(1−q)) (method {@code order-statistic}).
 * <pre>{@code
 * Distribution.of(1000, 2000, 3000, 4000).estimate(50, 1000)   // 2.0 (95% CI 1.0 to 4.0, n=4, order-statistic)
 * }</pre>
 * This type is immutable and thread-safe; it serializes to JSON as its exact values or as the histogram,
 * compressed and base64-encoded.
 */
public final class Distribution {

    /** Up to this many values are kept exactly. */
    public static final int EXACT_LIMIT = 1024;
    /** Significant decimal digits of the histogram form (relative error at most 10^-3). */
    public static final int SIGNIFICANT_DIGITS = 3;
    /** Method name of the percentile interval. */
    public static final String METHOD = "order-statistic";

    private static final Distribution EMPTY = new Distribution(0, new long[0], null);

    private final long count;
    private final long[] values;
    private final Histogram histogram;

    private Distribution(long count, long[] values, Histogram histogram) {
        this.count = count;
        this.values = values;
        this.histogram = histogram;
    }

    /** The distribution of no values: the identity of {@link #merge}. */
    public static Distribution empty() {
        return EMPTY;
    }

    /**
     * The distribution of the given durations in milliseconds.
     *
     * @throws IllegalArgumentException if a value is negative, quoting it
     */
    public static Distribution of(long... millis) {
        Accumulator accumulator = new Accumulator();
        for (long value : millis) {
            accumulator.add(value);
        }
        return accumulator.snapshot();
    }

    @JsonCreator
    static Distribution fromJson(@JsonProperty("count") long count, @JsonProperty("values") long[] values,
            @JsonProperty("histogram") String histogram) {
        checkArgument((values == null) != (histogram == null),
                "a distribution has either exact values or a histogram, not %s", values == null ? "neither" : "both");
        if (values != null) {
            long[] sorted = values.clone();
            Arrays.sort(sorted);
            checkArgument(sorted.length == count && count <= EXACT_LIMIT,
                    "a distribution of %s exact values must say count %s and hold at most %s, said %s",
                    sorted.length, sorted.length, EXACT_LIMIT, count);
            checkArgument(count == 0 || sorted[0] >= 0, "durations must not be negative, was %s",
                    count == 0 ? 0 : sorted[0]);
            return count == 0 ? EMPTY : new Distribution(count, sorted, null);
        }
        Histogram decoded;
        try {
            decoded = Histogram.decodeFromCompressedByteBuffer(ByteBuffer.wrap(Base64.getDecoder().decode(histogram)),
                    0);
        } catch (DataFormatException | RuntimeException e) {
            throw new IllegalArgumentException("distribution histogram is not a valid compressed HdrHistogram", e);
        }
        checkArgument(decoded.getTotalCount() == count && count > EXACT_LIMIT,
                "a histogram distribution must hold more than %s values and say its count, held %s and said %s",
                EXACT_LIMIT, decoded.getTotalCount(), count);
        return new Distribution(count, null, decoded);
    }

    //-----------------------------------------------------------------------
    /** Returns this distribution plus one duration in milliseconds. */
    public Distribution add(long millis) {
        Accumulator accumulator = new Accumulator();
        accumulator.addAll(this);
        accumulator.add(millis);
        return accumulator.snapshot();
    }

    /** Returns the distribution of both; associative, commutative, {@link #empty()} is the identity. */
    public Distribution merge(Distribution other) {
        checkNotNull(other, "other");
        if (other.count == 0) {
            return this;
        }
        if (count == 0) {
            return other;
        }
        Accumulator accumulator = new Accumulator();
        accumulator.addAll(this);
        accumulator.addAll(other);
        return accumulator.snapshot();
    }

    /** The number of values. */
    @JsonProperty("count")
    public long count() {
        return count;
    }

    /** Whether the values are kept exactly. */
    @JsonIgnore
    public boolean isExact() {
        return histogram == null;
    }

    @JsonProperty("values")
    private long[] jsonValues() {
        return values;
    }

    @JsonProperty("histogram")
    private String jsonHistogram() {
        if (histogram == null) {
            return null;
        }
        ByteBuffer buffer = ByteBuffer.allocate(histogram.getNeededByteBufferCapacity());
        int length = histogram.encodeIntoCompressedByteBuffer(buffer);
        return Base64.getEncoder().encodeToString(Arrays.copyOf(buffer.array(), length));
    }

    /** The value (milliseconds) at 1-based rank {@code rank} in ascending order. */
    long valueAtRank(long rank) {
        if (histogram == null) {
            return values[(int) rank - 1];
        }
        long seen = 0;
        for (HistogramIterationValue v : histogram.recordedValues()) {
            seen += v.getCountAtValueIteratedTo();
            if (seen >= rank) {
                return histogram.highestEquivalentValue(v.getValueIteratedTo());
            }
        }
        throw new AssertionError("Rapport bug: rank " + rank + " beyond count " + count);
    }

    /**
     * The p-th percentile divided by {@code unit} (1000 gives seconds), with its order-statistic interval.
     *
     * @param percentile  the percentile, greater than 0 and at most 100
     * @param unit  the divisor, positive
     * @return the estimate, empty if there are no values
     */
    public Estimate estimate(double percentile, double unit) {
        checkArgument(percentile > 0 && percentile <= 100, "percentile must be in (0, 100], was %s", percentile);
        checkArgument(unit > 0 && Double.isFinite(unit), "unit must be positive, was %s", unit);
        if (count == 0) {
            return Estimate.empty(METHOD);
        }
        double q = percentile / 100;
        long rank = Math.max(1, (long) Math.ceil(q * count - 1e-9));
        double spread = Intervals.z(Estimate.DEFAULT_CONFIDENCE) * Math.sqrt(count * q * (1 - q));
        long lowRank = Math.max(1, Math.min(rank, (long) Math.floor(count * q - spread)));
        long highRank = Math.min(count, Math.max(rank, (long) Math.ceil(count * q + spread) + 1));
        return Estimate.of(valueAtRank(rank) / unit, count, valueAtRank(lowRank) / unit,
                valueAtRank(highRank) / unit, Estimate.DEFAULT_CONFIDENCE, METHOD, false);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof Distribution other && count == other.count && Arrays.equals(values, other.values)
                && Objects.equals(histogram, other.histogram);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(count) * 31 + (values == null ? histogram.hashCode() : Arrays.hashCode(values));
    }

    @Override
    public String toString() {
        return "Distribution[n=" + count + (isExact() ? ", exact]" : ", histogram]");
    }

    //-----------------------------------------------------------------------
    /**
     * Collects durations into a {@link Distribution}: exact values until {@link #EXACT_LIMIT}, then a histogram.
     * Mutable, for use from a single thread; {@link #snapshot()} may be called repeatedly.
     */
    public static final class Accumulator {
        private long[] buffer = new long[16];
        private int size;
        private Histogram histogram;

        /**
         * Adds one duration in milliseconds.
         *
         * @throws IllegalArgumentException if it is negative, quoting it
         */
        public void add(long millis) {
            checkArgument(millis >= 0, "durations must not be negative, was %s", millis);
            if (histogram != null) {
                histogram.recordValue(millis);
                return;
            }
            if (size == EXACT_LIMIT) {
                histogram = new Histogram(SIGNIFICANT_DIGITS);
                for (int i = 0; i < size; i++) {
                    histogram.recordValue(buffer[i]);
                }
                buffer = null;
                histogram.recordValue(millis);
                return;
            }
            if (size == buffer.length) {
                buffer = Arrays.copyOf(buffer, Math.min(EXACT_LIMIT, size * 2));
            }
            buffer[size++] = millis;
        }

        /** Adds every value of a distribution. */
        public void addAll(Distribution other) {
            if (other.histogram == null) {
                for (long value : other.values) {
                    add(value);
                }
                return;
            }
            if (histogram == null) {
                histogram = new Histogram(SIGNIFICANT_DIGITS);
                for (int i = 0; i < size; i++) {
                    histogram.recordValue(buffer[i]);
                }
                buffer = null;
            }
            histogram.add(other.histogram);
        }

        /** The distribution of everything added so far. */
        public Distribution snapshot() {
            if (histogram != null) {
                return new Distribution(histogram.getTotalCount(), null, histogram.copy());
            }
            if (size == 0) {
                return EMPTY;
            }
            long[] sorted = Arrays.copyOf(buffer, size);
            Arrays.sort(sorted);
            return new Distribution(size, sorted, null);
        }
    }
}
